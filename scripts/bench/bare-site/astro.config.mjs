// @ts-check
// The bare reference: plain Astro with default Markdown, no integrations, no
// plugins. Built over the same article files to price our extra pages.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
});
