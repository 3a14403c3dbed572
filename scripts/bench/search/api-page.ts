/**
 * The page Pagefind's plain JS API is measured on: a light page of the
 * built site (the search page's stylesheets and icon, a form and a list) whose script
 * does what Pagefind's documentation shows. Opened with ?q= (a shared link)
 * it imports pagefind.js, searches and shows the first five results as their
 * data comes, as Pagefind's UI does; opened without, it calls init() at load and
 * preload() as the reader types, and searches on Enter. It counts finished
 * searches in data-searches, as the search page does, so one watcher times
 * both (page-signals.ts). ?noWorker runs Pagefind on the main thread.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { SEARCH_PAGE } from './search-bundles.ts';

export const API_PAGE = 'bench-pagefind-api/';
/** Pagefind's UI shows five results at first; the API page loads as many. */
const API_RESULTS = 5;

const SCRIPT = `
const params = new URLSearchParams(location.search);
const app = document.querySelector('[data-search-app]');
const box = app.querySelector('input');
const pagefind = await import('/' + params.get('bundle') + 'pagefind.js');
if (params.has('noWorker')) await pagefind.options({ noWorker: true });
async function search(term) {
  const { results } = await pagefind.search(term);
  // Every result's data is asked for at once and each is shown, in order, as
  // soon as it and those above it have come, as Pagefind's UI shows them.
  const list = app.querySelector('ol');
  list.replaceChildren();
  for (const pending of results.slice(0, ${API_RESULTS}).map((result) => result.data())) {
    const data = await pending;
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.href = data.url;
    link.textContent = data.meta.title;
  }
  app.dataset.searches = String(Number(app.dataset.searches ?? 0) + 1);
}
box.addEventListener('input', () => pagefind.preload(box.value));
app.querySelector('form').addEventListener('submit', (event) => { event.preventDefault(); search(box.value); });
if (params.get('q')) search(params.get('q'));
else pagefind.init();
`;

/** Writes the API page into a built site, with the search page's stylesheets and icon. */
export function writeApiPage(siteRoot: string): void {
  const $ = load(readFileSync(join(siteRoot, SEARCH_PAGE, 'index.html'), 'utf8'));
  const styles = $('link[rel~="stylesheet"], link[rel~="icon"]').toArray().map((link) => $.html(link)).join('');
  mkdirSync(join(siteRoot, API_PAGE), { recursive: true });
  writeFileSync(
    join(siteRoot, API_PAGE, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pagefind</title>${styles}</head>` +
      `<body><main><div data-search-app><form><input type="search" aria-label="Tìm"></form><ol></ol></div></main><script type="module">${SCRIPT}</script></body></html>`,
  );
}
