/**
 * One reader's two searches in a fresh browser context, through the site's
 * search page (typing, then Enter) or through Pagefind's plain JS API. Each
 * query's clock runs in the page from the reader's asking (or the call
 * into the API) to the first results; the network log is split at that
 * instant, so "bytes to the first result" are the files that had arrived by
 * then (page-signals.ts: the search page reports its moments itself).
 */
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { paths } from '../../../src/urls/paths.ts';
import { networkLog, weigh, type Downloaded, type NetworkLog, type ResponseRecorder, type Served } from './network-log.ts';
import { listenForSignals, watchNextSearch, type NextSignal } from './page-signals.ts';
import { REFERENCE_BUNDLE, SITE_BUNDLE } from './search-bundles.ts';

/**
 * The search page, Pagefind's API the plain way (it searches in a worker),
 * and the same on the page's main thread: Chromium's CPU throttle slows a
 * page's main thread and not its workers, so a throttled run compares the
 * search page with the latter.
 */
export type SearchVia = 'search page' | 'Pagefind JS API' | 'Pagefind JS API, main thread';

export const SEARCH_PAGE = 'tim-kiem/';
/** A common-word first query, and a later query for a rarer word. */
export const QUERIES = ['tiêu chuẩn', 'Halal'] as const;
const SEARCH_BOX = 'main input[type="search"], main input[type="text"]';
/** Pagefind's UI shows five results at first; the API probe loads as many. */
const API_RESULTS = 5;
/** A 10,000-article search on a CPU slowed 4× takes tens of seconds. */
const TIMEOUT_MS = 180_000;

export interface QueryRun {
  query: string;
  /** To the first result links on the search page; to the data of the first five results through the API. */
  msToFirstResult: number;
  /** Search page: until `data-searches` counted the search (all periods answered, counts final). */
  msToComplete?: number;
  /** Results shown (search page) or loaded (API) at the first results. */
  results: number;
  /** Search files finished by the first results; the first query's include those the page loaded before typing. */
  toFirstResult: Downloaded;
  /** Every search file of the query until the network was idle (including `toFirstResult`). */
  untilIdle: Downloaded;
}

export interface ProbeRun {
  /** The page itself (HTML, CSS, icon), for the record. */
  page: Downloaded;
  first: QueryRun;
  later: QueryRun;
}

/** The search page's own data files: each search period's facet file (src/search/core/periods.ts). */
const PERIOD_FILES = dirname(paths.searchPeriod('any')).replace(/^\//, '');
/** What searching downloads: scripts, a Pagefind bundle, the period files. */
const isSearchFile = ({ path }: Served) => path.startsWith(SITE_BUNDLE) || path.startsWith(REFERENCE_BUNDLE) || path.startsWith(PERIOD_FILES) || path.endsWith('.js');

/** Types a query into the search page; `before` are search files already loaded that count towards it. */
async function queryOnPage(page: Page, nextSignal: NextSignal, log: NetworkLog, siteRoot: string, query: string, before: Served[]): Promise<QueryRun> {
  const counts = await watchNextSearch(page);
  const first = nextSignal('first', `a first result for “${query}”`, TIMEOUT_MS);
  const complete = counts ? nextSignal('complete', `the complete search for “${query}”`, TIMEOUT_MS) : undefined;
  const box = page.locator(SEARCH_BOX).first();
  await box.fill(query);
  // Enter as a reader would; a page that searches while typing has started already.
  await box.press('Enter');
  const [shown, done] = await Promise.all([first, complete]);
  await log.idle(undefined, TIMEOUT_MS);
  const toFirst = [...before, ...shown.responses].filter(isSearchFile);
  return {
    query,
    msToFirstResult: shown.sinceAsked,
    msToComplete: done?.sinceAsked,
    results: shown.results,
    toFirstResult: weigh(siteRoot, toFirst),
    untilIdle: weigh(siteRoot, [...toFirst, ...[...(done?.responses ?? []), ...log.take()].filter(isSearchFile)]),
  };
}

/** Pagefind's JS API the plain way: import the bundle, search, load the first five results' data, as its UI does. */
async function queryWithApi(page: Page, log: NetworkLog, siteRoot: string, bundle: string, query: string, before: Served[], mainThread: boolean): Promise<QueryRun> {
  // Timed in the page, as the search page times itself (page-signals.ts).
  const { results, ms } = await page.evaluate(
    async ({ script, text, shown, noWorker }) => {
      const started = performance.now();
      const pagefind = await import(new URL(script, document.baseURI).href);
      if (noWorker) await pagefind.options({ noWorker: true });
      const search = await pagefind.search(text);
      const loaded = await Promise.all(search.results.slice(0, shown).map((result: { data: () => Promise<unknown> }) => result.data()));
      return { results: loaded.length, ms: performance.now() - started };
    },
    { script: `${bundle}pagefind.js`, text: query, shown: API_RESULTS, noWorker: mainThread },
  );
  const toFirst = [...before, ...log.take()].filter(isSearchFile);
  await log.idle(undefined, TIMEOUT_MS);
  return {
    query,
    msToFirstResult: ms,
    results,
    toFirstResult: weigh(siteRoot, toFirst),
    untilIdle: weigh(siteRoot, [...toFirst, ...log.take().filter(isSearchFile)]),
  };
}

export interface SessionRequest {
  siteRoot: string;
  siteUrl: string;
  /** What the server sends, which the network log reads. */
  served: ResponseRecorder;
  via: SearchVia;
  /** The Pagefind bundle the API imports (the search page loads its own). */
  bundle: string;
  /** Chromium's CPU slowdown for the page (1: none). */
  throttle: number;
}

/** Opens the page, then runs the first and the later query in this context. */
export async function searchSession(context: BrowserContext, request: SessionRequest): Promise<ProbeRun> {
  const { siteRoot, via } = request;
  const log = networkLog(context, request.served);
  const nextSignal = await listenForSignals(context, log);
  const page = await context.newPage();
  // Set before the page opens; it lasts across navigations. Chromium slows the page's main thread only (not workers).
  if (request.throttle !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: request.throttle });
  await page.goto(request.siteUrl + (via === 'search page' ? SEARCH_PAGE : ''));
  await log.idle(undefined, TIMEOUT_MS);
  // Search files a page loads before any typing still belong to the first search.
  const opened = log.take();
  const query = (text: string, before: Served[]) =>
    via === 'search page'
      ? queryOnPage(page, nextSignal, log, siteRoot, text, before)
      : queryWithApi(page, log, siteRoot, request.bundle, text, before, via === 'Pagefind JS API, main thread');
  const first = await query(QUERIES[0], opened);
  const later = await query(QUERIES[1], []);
  if (first.results === 0 || later.results === 0) throw new Error(`a benchmark query found nothing through the ${via} (${first.results}, ${later.results} results)`);
  return { page: weigh(siteRoot, opened.filter((response) => !isSearchFile(response))), first, later };
}
