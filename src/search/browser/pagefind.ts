/**
 * The slice of Pagefind's browser API this site uses, typed, and the loader.
 * The engine is imported only when a search starts, from under the deploy's
 * base path (a site under /luu-tru/ has its bundle at /luu-tru/pagefind/).
 * Every search period's index is in that one bundle (src/search/core/periods.ts),
 * opened as its own Pagefind instance.
 */
import { withBase } from '../../urls/base-url.ts';
import { paths } from '../../urls/paths.ts';
import type { IndexedArticle } from '../core/result.ts';

/** A page's fragment file as Pagefind's indexer writes it (the fields this site reads). */
export interface PagefindFragment {
  /** Base-less ("/bai-viet/x/"). */
  url: string;
  /** The page's indexed text, as text (not HTML). */
  content: string;
  meta: IndexedArticle['meta'];
}

export interface PagefindResult {
  /** The page's fragment hash. */
  id: string;
  score: number;
  /** Positions, in the page's index text, of the words that matched. */
  words: number[];
  data: () => Promise<unknown>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindIndex {
  options: (options: { exactDiacritics?: boolean }) => Promise<void>;
  search: (term: string | null, options?: { sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
  preload: (term: string) => Promise<void>;
}

export interface PagefindModule {
  createInstance: (options: { basePath: string; baseUrl: string; noWorker: boolean }) => PagefindIndex;
}

let pagefind: Promise<PagefindModule> | undefined;

/** Imports Pagefind's script once; a failed import (a network blip) is tried again next time. */
export function loadPagefind(): Promise<PagefindModule> {
  if (!pagefind) {
    pagefind = import(/* @vite-ignore */ withBase(`${paths.searchIndex()}pagefind.js`)) as Promise<PagefindModule>;
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

/** What Pagefind's indexer puts before a fragment's JSON, inside the gzip (pagefind.js: decompress()). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A page's fragment (its text and metadata), fetched on this thread: the
 * browser gunzips it natively, where Pagefind's result.data() asks its
 * worker, which inflates it in JavaScript and answers by message — on a
 * cold page about as long again as the download (issue 18). A result's
 * id is its fragment's hash.
 */
export async function fetchFragment(page: PagefindResult): Promise<IndexedArticle> {
  // Browsers before DecompressionStream (Safari < 16.4) ask Pagefind, which escapes the text for HTML in raw_content.
  if (typeof DecompressionStream === 'undefined') {
    const data = (await page.data()) as PagefindFragment;
    return { url: data.url, content: data.content, meta: data.meta };
  }
  const url = withBase(`${paths.searchIndex()}fragment/${page.id}.pf_fragment`);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${url}: not a Pagefind fragment`);
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as PagefindFragment;
  // As Pagefind's data() does: the indexer keeps zero-width spaces that are no part of the text.
  return { url: withBase(fragment.url), content: fragment.content.replace(/\u200B/g, ''), meta: fragment.meta };
}

/** A period's index, searchable at once, and its pages in rank order (each with its fragment hash) as they come. */
export interface OpenedIndex {
  index: PagefindIndex;
  pages: Promise<PagefindResult[]>;
}

/**
 * Each instance loads the engine's wasm, and the wasm glue keeps one
 * module for the page: two instances loading it at once would each
 * instantiate it, the second replacing the memory the first's index lives
 * in. So instances open after the first has answered, when the module is
 * there and later instances reuse it.
 */
let firstOpened: Promise<unknown> | undefined;

/**
 * Opens the index Pagefind's entry file lists under `language` and asks for
 * its pages by `sort`; the index takes searches before they have come.
 * Pagefind chooses an index by the page's <html lang>, and createInstance()
 * reads it there, over any language option, as the instance is made; so the
 * page's lang names the period for that one synchronous call and is put back.
 */
export async function openIndex(pagefind: PagefindModule, language: string, sort: string): Promise<OpenedIndex> {
  while (firstOpened) {
    const first = firstOpened;
    const settled = await first.then(
      () => true,
      () => false,
    );
    if (settled) break;
    // The first failed (a network blip): whoever comes next opens first.
    if (firstOpened === first) firstOpened = undefined;
  }
  const root = document.documentElement;
  const pageLanguage = root.getAttribute('lang');
  root.setAttribute('lang', language);
  let index: PagefindIndex;
  try {
    index = pagefind.createInstance({
      basePath: withBase(paths.searchIndex()),
      // Result URLs are stored base-less ("/bai-viet/x/"); Pagefind prefixes the base.
      baseUrl: import.meta.env.BASE_URL,
      // Pagefind searches in its web worker (one for every instance), so the
      // page stays responsive while older periods are searched and the
      // worker searches one period while the page scores the one before.
      noWorker: false,
    });
  } finally {
    if (pageLanguage === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLanguage);
  }
  const listed = index.search(null, { sort: { [sort]: 'asc' } });
  firstOpened ??= listed;
  return { index, pages: listed.then(({ results }) => results) };
}
