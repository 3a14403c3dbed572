/**
 * Content collections. Schemas live in src/lib/schema.ts (so unit tests run
 * the same ones); cross-file checks run in src/lib/archive.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, glossarySchema, partnerSchema, topicSchema } from './lib/schema';
import { yamlListLoader } from './lib/yaml-list-loader';

export const collections = {
  articles: defineCollection({
    // The file name is the id verbatim; validate.ts insists it is a slug
    // rather than letting the loader quietly rewrite it.
    loader: glob({ pattern: '*.md', base: './content/articles', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: articleSchema,
  }),
  partners: defineCollection({ loader: yamlListLoader('content/partners.yaml'), schema: partnerSchema }),
  topics: defineCollection({ loader: yamlListLoader('content/topics.yaml'), schema: topicSchema }),
  glossary: defineCollection({ loader: yamlListLoader('content/glossary.yaml', 'term', 'exact'), schema: glossarySchema }),
};
