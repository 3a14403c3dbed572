// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { rehypeEventAnchors } from './src/lib/rehype-event-anchors.ts';

// The deploy address is set in one place: SITE_URL (origin) and BASE_PATH
// (sub-path, e.g. /luu-tru/). Every link, feed and sitemap entry follows them.
const site = process.env.SITE_URL ?? 'https://example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Smart punctuation would rewrite the sources' quotes and dashes; the
      // archive keeps the published text character for character.
      smartypants: false,
      rehypePlugins: [rehypeSlug, rehypeEventAnchors],
    }),
  },
});
