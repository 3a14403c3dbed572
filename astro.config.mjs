// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { readGlossary } from './src/content/glossary.ts';
import { rehypeAbbr } from './src/markdown/rehype-abbr.ts';
import { stylesheetChunk } from './src/styles/stylesheet-chunks.ts';
import { rehypeEventAnchors } from './src/markdown/rehype-event-anchors.ts';
import { remarkBodyModel } from './src/markdown/remark-body-model.ts';
import { securityHeaders } from './src/publish/security-headers.ts';
import { dataFileName } from './src/publish/reuse/data-files.ts';
import { DATA_TABLE_IDS } from './src/publish/reuse/data-tables.ts';
import { joinBase, paths } from './src/urls/paths.ts';

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
  // Styles stay in external files so the Content-Security-Policy needs no
  // hashes or 'unsafe-inline' for them (the _headers policy has none).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro inlines small scripts below this limit; 0 keeps every script external for the same reason.
  // The styles most pages share go into one stylesheet (src/styles/stylesheet-chunks.ts says why).
  // The search worker is a module (it imports Pagefind's script at run time).
  vite: { worker: { format: 'es' }, build: { assetsInlineLimit: 0, rollupOptions: { output: { manualChunks: stylesheetChunk } } } },
  // The sitemap leaves out 404 by itself and the capture pages (noindex: they
  // repeat their article) here; it adds the data downloads, which are no pages.
  // securityHeaders writes _headers.
  integrations: [
    sitemap({
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // The capture page's last segment, read from paths.ts so a rename cannot let them in.
      filter: (page) => !page.endsWith(paths.articleCapture('x').replace('/bai-viet/x', '')),
      customPages: DATA_TABLE_IDS.flatMap((id) => /** @type {const} */ (['csv', 'json']).map((format) => new URL(joinBase(base, paths.dataFile(dataFileName({ id }, format))), site).href)),
    }),
    securityHeaders(),
  ],
  markdown: {
    // The articles hold no code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    processor: unified({
      // Smart punctuation would rewrite the sources' quotes and dashes; the
      // archive keeps the published text character for character.
      smartypants: false,
      // remarkBodyModel models each body from Astro's own parse (src/markdown/body-model.ts).
      remarkPlugins: [remarkBodyModel],
      // rehype-raw turns the caption <figure> blocks into elements so event
      // anchors can be placed in captions too.
      // rehypeAbbr links the first use of each glossary abbreviation to its entry.
      rehypePlugins: [rehypeRaw, rehypeSlug, rehypeEventAnchors, [rehypeAbbr, { entries: readGlossary(), glossaryHref: (/** @type {string} */ term) => joinBase(base, paths.glossaryTerm(term)) }]],
    }),
  },
});
