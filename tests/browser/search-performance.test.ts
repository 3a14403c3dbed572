/**
 * What a first and a second search cost a reader: bytes downloaded and the
 * time until the first result shows. Printed for the benchmark log, and
 * held under budgets so a regression fails loudly.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { afterSearch, openSearch, useSearchSite } from './search-support.ts';

/** Budgets with room above today's numbers (see the report printed by the test). */
const VISIT_BYTES_BUDGET = 250_000;
const SECOND_QUERY_BYTES_BUDGET = 40_000;
/** Generous: CI shares two slow cores with other work. */
const FIRST_RESULT_MS_BUDGET = 4_000;

function countBytes(page: Page): { total: () => number; byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const path = new URL(request.url()).pathname;
    const name = path.split('/').at(-1) ?? '';
    const kind = `${path.includes('/pagefind/') ? 'pagefind ' : ''}${name.includes('.') ? name.slice(name.lastIndexOf('.')) : 'page'}`;
    byKind.set(kind, (byKind.get(kind) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
  });
  return { total: () => [...byKind.values()].reduce((sum, bytes) => sum + bytes, 0), byKind };
}

describe.skipIf(!hasChromium)('search cost', () => {
  const searchSite = useSearchSite();

  it('a shared link: bytes of the whole visit and of the search, time to the first result; then a second query', async () => {
    const page = await searchSite().browser.newPage({ viewport: { width: 375, height: 800 } });
    // Pagefind searches in its worker; its fetches are the page's requests as well (counted below).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const visit = countBytes(page);
    await openSearch(page, searchSite().site, '?q=hop+tac+quoc+te');
    // performance.mark('search:results') is set when results are on screen; its time counts from navigation start.
    const firstResultMs = await page.evaluate(() => performance.getEntriesByName('search:results')[0]?.startTime ?? Infinity);
    await page.waitForLoadState('networkidle');
    const visitBytes = visit.total();
    const searchBytes = [...visit.byKind].filter(([kind]) => kind.startsWith('pagefind')).reduce((sum, [, bytes]) => sum + bytes, 0);

    const second = countBytes(page);
    await page.locator('#search-q').fill('xe dien');
    await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    await page.waitForLoadState('networkidle');
    const secondBytes = second.total();

    console.log(
      `[search cost] shared link: ${visitBytes} bytes in all, ${searchBytes} for the search ` +
        `(${[...visit.byKind].map(([kind, bytes]) => `${kind} ${bytes}`).join(', ')}); ` +
        `first result ${Math.round(firstResultMs)} ms after navigation start; second query: ${secondBytes} bytes`,
    );
    expect(workers.map((url) => new URL(url).pathname)).toEqual(['/pagefind/pagefind-worker.js']);
    // The index and the results' texts, fetched by the worker, are in the count.
    expect([...visit.byKind.keys()]).toEqual(expect.arrayContaining(['pagefind .pf_meta', 'pagefind .pf_index', 'pagefind .pf_fragment']));
    expect(visitBytes).toBeLessThan(VISIT_BYTES_BUDGET);
    expect(secondBytes).toBeLessThan(SECOND_QUERY_BYTES_BUDGET);
    expect(firstResultMs).toBeLessThan(FIRST_RESULT_MS_BUDGET);
    await page.close();
  });

  it('a query typed on the search page: time from the first keystroke to the first result', async () => {
    const page = await searchSite().browser.newPage({ viewport: { width: 375, height: 800 } });
    await openSearch(page, searchSite().site, '');
    await page.waitForLoadState('networkidle');
    const started = Date.now();
    await page.locator('#search-q').fill('hop tac quoc te');
    await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    await page.locator('[data-search-results] > li').first().waitFor();
    const typedMs = Date.now() - started;
    console.log(`[search cost] typed query: first result ${typedMs} ms after typing began`);
    expect(typedMs).toBeLessThan(FIRST_RESULT_MS_BUDGET);
    await page.close();
  });
});
