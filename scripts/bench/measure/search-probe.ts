/**
 * What searching costs a reader, in real Chromium against the built site:
 * bytes of a first and a second query and the time to the first result.
 * Through the site's search page (typing into its search box), and through
 * Pagefind's own JS API loading five results as Pagefind's UI does: what
 * Pagefind itself costs, apart from what the page adds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../shared/chromium.ts';
import { serveStatic } from '../../shared/static-server.ts';
import { networkLog, weigh, type Downloaded } from './network-log.ts';

export const SEARCH_PAGE = 'tim-kiem/';
export const QUERIES = ['tiêu chuẩn', 'Halal'] as const;
const RESULT_LINKS = 'main a[href*="/bai-viet/"]';
const SEARCH_BOX = 'main input[type="search"], main input[type="text"]';

export type SearchVia = 'search page' | 'Pagefind JS API';

export interface SearchFigures {
  via: SearchVia;
  queries: readonly string[];
  /** Search files (scripts, Pagefind index and fragments) from opening the page to the first results. */
  first: Downloaded;
  /** The page itself (HTML, CSS, icon), for the record. */
  page: Downloaded;
  second: Downloaded;
  msToFirstResult: number;
  firstResults: number;
}

const isSearchFile = (path: string) => path.startsWith('pagefind/') || path.endsWith('.js');

export function hasSearchPage(siteRoot: string): boolean {
  const file = join(siteRoot, SEARCH_PAGE, 'index.html');
  return existsSync(file) && /<input[^>]+type="(search|text)"/.test(readFileSync(file, 'utf8'));
}

/** Types into the page's search box; resolves when result links appear (or change, for a later query). */
async function searchOnPage(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const before = await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((link) => link.getAttribute('href')).join(' '));
  const started = performance.now();
  const box = page.locator(SEARCH_BOX).first();
  await box.fill(query);
  // Enter as a reader would; a page that searches while typing has started already.
  await box.press('Enter');
  await page.waitForFunction(
    ([selector, previous]) => {
      const now = [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href')).join(' ');
      return now !== '' && now !== previous;
    },
    [RESULT_LINKS, before] as const,
    { timeout: 60_000, polling: 10 },
  );
  return { ms: performance.now() - started, results: await page.locator(RESULT_LINKS).count() };
}

/** Pagefind's JS API as its UI uses it: one search, then the data of the first five results. */
async function searchWithApi(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (text) => {
    const started = performance.now();
    const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
    const search = await pagefind.search(text);
    const shown = await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
    return { ms: performance.now() - started, results: shown.length };
  }, query);
}

/** One reader's first and second search, through the site's search page or Pagefind's bare API (the floor any page pays). */
export async function probeSearch(siteRoot: string, via: SearchVia): Promise<SearchFigures> {
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(siteRoot)]);
  try {
    const context = await browser.newContext();
    const log = networkLog(context, site.url);
    const page = await context.newPage();
    const search = via === 'search page' ? searchOnPage : searchWithApi;
    await page.goto(site.url + (via === 'search page' ? SEARCH_PAGE : ''));
    await log.idle();
    // Search files a page loads before any typing still belong to the first search.
    const opened = log.take();
    const first = await search(page, QUERIES[0]);
    await log.idle();
    const firstFiles = [...opened, ...log.take()].filter(isSearchFile);
    const second = await search(page, QUERIES[1]);
    await log.idle();
    if (first.results === 0 || second.results === 0) throw new Error(`a benchmark query found nothing (${first.results}, ${second.results} results)`);
    return {
      via,
      queries: QUERIES,
      page: weigh(siteRoot, opened.filter((path) => !isSearchFile(path))),
      first: weigh(siteRoot, firstFiles),
      second: weigh(siteRoot, log.take().filter(isSearchFile)),
      msToFirstResult: first.ms,
      firstResults: first.results,
    };
  } finally {
    await Promise.all([browser.close(), site.close()]);
  }
}
