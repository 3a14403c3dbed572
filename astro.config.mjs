// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
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
  // OUT_DIR / ASTRO_CACHE_DIR let tests and benchmarks build side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      // Smart punctuation would rewrite the sources' quotes and dashes; the
      // archive keeps the published text character for character.
      smartypants: false,
      // rehype-raw turns the caption <figure> blocks into elements so event
      // anchors can be placed in captions too.
      rehypePlugins: [rehypeRaw, rehypeSlug, rehypeEventAnchors],
    }),
  },
});
