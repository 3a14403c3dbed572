/**
 * One reader's two searches in a fresh browser context, through the site's
 * search page or Pagefind's plain JS API (api-page.ts), in one of two
 * scenarios prepared alike on both sides: a *shared link* (the page opened
 * with ?q=, timed from navigation start) or a *typed* query (the page opened
 * and left to warm up as it does at load, then the query typed and Enter
 * pressed, timed from Enter). The later query is typed in both. The network
 * log is split at the first results, so "bytes to the first result" are the
 * files that had arrived by then.
 */
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { paths } from '../../../src/urls/paths.ts';
import { API_PAGE } from './api-page.ts';
import { networkLog, weigh, type Downloaded, type ResponseRecorder, type Served } from './network-log.ts';
import { listenForSignals, type NextSearch } from './page-signals.ts';
import { REFERENCE_BUNDLE, SEARCH_PAGE, SITE_BUNDLE } from './search-bundles.ts';

export type Scenario = 'shared link' | 'typed';
export const SCENARIOS: readonly Scenario[] = ['shared link', 'typed'];
/**
 * The search page, Pagefind's API the plain way (it searches in a worker),
 * and the same on the page's main thread: Chromium's CPU throttle slows a
 * page's main thread and not its workers, so a throttled run compares the
 * search page with the latter.
 */
export type SearchVia = 'search page' | 'Pagefind JS API' | 'Pagefind JS API, main thread';

/** A common-word first query, and a later query for a rarer word. */
export const QUERIES = ['tiêu chuẩn', 'Halal'] as const;
/** A 10,000-article search on a CPU slowed 4× takes tens of seconds. */
const TIMEOUT_MS = 180_000;

export interface QueryRun {
  query: string;
  /** To the first result links (the API page shows them once the first five results' data are in). */
  msToFirstResult: number;
  /** Until `data-searches` counted the search (search page: all periods answered, counts final). */
  msToComplete: number;
  /** Result links shown at the first results. */
  results: number;
  /** Search files finished by the first results; the first query's include those loaded since opening the page. */
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

export interface SessionRequest {
  siteRoot: string;
  siteUrl: string;
  /** What the server sends, which the network log reads. */
  served: ResponseRecorder;
  scenario: Scenario;
  via: SearchVia;
  /** The Pagefind bundle the API page imports (the search page loads its own). */
  bundle: string;
  /** Chromium's CPU slowdown for the page (1: none). */
  throttle: number;
}

function pageUrl({ siteUrl, via, bundle }: SessionRequest, query: string | undefined): string {
  const params = new URLSearchParams(via === 'search page' ? {} : { bundle, ...(via === 'Pagefind JS API, main thread' ? { noWorker: '1' } : {}) });
  if (query) params.set('q', query);
  return `${siteUrl}${via === 'search page' ? SEARCH_PAGE : API_PAGE}${params.size ? `?${params}` : ''}`;
}

/** Types a query and presses Enter, as a reader would. */
async function type(page: Page, query: string): Promise<void> {
  const box = page.locator('main input[type="search"]').first();
  await box.fill(query);
  await box.press('Enter');
}

export async function searchSession(context: BrowserContext, request: SessionRequest): Promise<ProbeRun> {
  const log = networkLog(context, request.served);
  const nextSearch: NextSearch = await listenForSignals(context, log);
  const page = await context.newPage();
  // Set before the page opens; it lasts across navigations. Chromium slows the page's main thread only (not workers).
  if (request.throttle !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: request.throttle });
  const seen: Served[] = [];
  /** Runs one search (`start` begins it); `before` are files already loaded that count towards it. */
  const query = async (text: string, start: () => Promise<unknown>, before: Served[]): Promise<QueryRun> => {
    const signals = nextSearch(text, TIMEOUT_MS);
    await start();
    const [shown, done] = await Promise.all([signals.first, signals.complete]);
    await log.idle(undefined, TIMEOUT_MS);
    const rest = [...done.responses, ...log.take()];
    seen.push(...before, ...shown.responses, ...rest);
    const toFirst = [...before, ...shown.responses].filter(isSearchFile);
    const common = { query: text, msToFirstResult: shown.sinceAsked, msToComplete: done.sinceAsked, results: shown.results };
    return { ...common, toFirstResult: weigh(request.siteRoot, toFirst), untilIdle: weigh(request.siteRoot, [...toFirst, ...rest.filter(isSearchFile)]) };
  };
  let first: QueryRun;
  if (request.scenario === 'shared link') {
    first = await query(QUERIES[0], () => page.goto(pageUrl(request, QUERIES[0])), []);
  } else {
    await page.goto(pageUrl(request, undefined));
    // The warm-up each page does at load is over before the reader's Enter.
    await log.idle(undefined, TIMEOUT_MS);
    first = await query(QUERIES[0], () => type(page, QUERIES[0]), log.take());
  }
  const pageFiles = seen.filter((response) => !isSearchFile(response));
  const later = await query(QUERIES[1], () => type(page, QUERIES[1]), []);
  if (first.results === 0 || later.results === 0) throw new Error(`a benchmark query found nothing through the ${request.via} (${first.results}, ${later.results} results)`);
  return { page: weigh(request.siteRoot, pageFiles), first, later };
}
