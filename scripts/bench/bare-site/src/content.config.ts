/** The bare reference's only collection: the article files, no schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) }),
};
