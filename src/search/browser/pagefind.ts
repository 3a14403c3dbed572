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
 * A page's fragment (its text and metadata) by its hash, fetched where it
 * is shown: the browser gunzips it natively, where Pagefind's result.data()
 * inflates it in JavaScript (and, in a worker, answers by message) — on a
 * cold page about as long again as the download (issue 18). `data` is
 * Pagefind's own way, for browsers without DecompressionStream.
 */
export async function fetchFragment(id: string, data?: () => Promise<unknown>): Promise<IndexedArticle> {
  // Browsers before DecompressionStream (Safari < 16.4) ask Pagefind, which escapes the text for HTML in raw_content.
  if (typeof DecompressionStream === 'undefined') {
    if (!data) throw new Error(`fragment ${id}: this browser cannot decompress it`);
    const fragment = (await data()) as PagefindFragment;
    return { url: fragment.url, content: fragment.content, meta: fragment.meta };
  }
  const url = withBase(`${paths.searchIndex()}fragment/${id}.pf_fragment`);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${url}: not a Pagefind fragment`);
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as PagefindFragment;
  // As Pagefind's data() does: the indexer keeps zero-width spaces that are no part of the text.
  return { url: withBase(fragment.url), content: fragment.content.replace(/\u200B/g, ''), meta: fragment.meta };
}

/** A period's index, searchable at once; `ready` settles when it has loaded (its meta, and the engine). */
export interface OpenedIndex {
  index: PagefindIndex;
  ready: Promise<unknown>;
}

/**
 * Each instance loads the engine's wasm, and the wasm glue keeps one
 * module for the thread: two instances loading it at once would each
 * instantiate it, the second replacing the memory the first's index lives
 * in. So instances open after the first has loaded, when the module is
 * there and later instances reuse it.
 */
let firstOpened: Promise<unknown> | undefined;

/** Runs `make` while the document's <html lang> is `language` (see openIndex). */
function inLanguage<T>(language: string, make: () => T): T {
  if (typeof document === 'undefined') {
    const html = { getAttribute: (name: string) => (name === 'lang' ? language : null) };
    Object.assign(globalThis, { document: { querySelector: (selector: string) => (selector === 'html' ? html : null) } });
    try {
      return make();
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  }
  const root = document.documentElement;
  const pageLanguage = root.getAttribute('lang');
  root.setAttribute('lang', language);
  try {
    return make();
  } finally {
    if (pageLanguage === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLanguage);
  }
}

/**
 * Opens the index Pagefind's entry file lists under `language`; it takes
 * searches before it has loaded.
 * Pagefind chooses an index by the page's <html lang>, and createInstance()
 * reads it there, over any language option, as the instance is made; so the
 * page's lang names the period for that one synchronous call and is put back.
 * In a worker, which has no page, a stand-in document answers that one
 * question for the call. `noWorker` runs the searches on the calling thread
 * (the site's own search worker); otherwise in Pagefind's worker.
 */
export async function openIndex(pagefind: PagefindModule, language: string, noWorker: boolean): Promise<OpenedIndex> {
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
  const index = inLanguage(language, () =>
    pagefind.createInstance({
      basePath: withBase(paths.searchIndex()),
      // Result URLs are stored base-less ("/bai-viet/x/"); Pagefind prefixes the base.
      baseUrl: import.meta.env.BASE_URL,
      noWorker,
    }),
  );
  // Pagefind answers an empty term at once, but only once the index has loaded.
  const ready = index.search('');
  firstOpened ??= ready;
  return { index, ready };
}
