/**
 * Content collections. Schemas live in src/content/schema.ts (so unit tests run
 * the same ones); cross-file checks run in src/archive/load.ts. The glossary
 * is no collection: the Markdown plugins need it before collections exist,
 * so src/content/glossary.ts reads it for them and for the archive.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, partnerSchema, topicSchema } from './content/schema.ts';
import { yamlListLoader } from './content/yaml-list-loader.ts';

export const collections = {
  articles: defineCollection({
    // The file name is the id verbatim; validate.ts insists it is a slug
    // rather than letting the loader quietly rewrite it.
    loader: glob({ pattern: '*.md', base: './content/articles', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: articleSchema,
  }),
  partners: defineCollection({ loader: yamlListLoader('content/partners.yaml'), schema: partnerSchema }),
  topics: defineCollection({ loader: yamlListLoader('content/topics.yaml'), schema: topicSchema }),
};
