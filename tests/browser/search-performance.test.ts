/**
 * What a shared search link and a second query download: bytes, not time
 * (how fast search answers is the benchmark's to judge, against Pagefind
 * alone in the same run: `npm run bench`, scripts/bench/search/). Held under
 * budgets so a page that starts fetching much more fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { afterSearch, openSearch, useSearchSite } from './search-support.ts';

/** Budgets with room above today's numbers (see the figures the test prints). */
const VISIT_BYTES_BUDGET = 250_000;
const SECOND_QUERY_BYTES_BUDGET = 40_000;

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

describe.skipIf(!hasChromium)('search downloads', () => {
  const searchSite = useSearchSite();

  it('a shared link: bytes of the whole visit and of the search, in the site’s search worker; then a second query', async () => {
    const page = await searchSite().browser.newPage({ viewport: { width: 375, height: 800 } });
    // Pagefind searches in the site's worker (one for a one-period archive); its fetches are the page's requests as well (counted below).
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const visit = countBytes(page);
    await openSearch(page, searchSite().site, '?q=hop+tac+quoc+te');
    await page.waitForLoadState('networkidle');
    const visitBytes = visit.total();
    const searchBytes = [...visit.byKind].filter(([kind]) => kind.startsWith('pagefind')).reduce((sum, [, bytes]) => sum + bytes, 0);

    const second = countBytes(page);
    await page.locator('#search-q').fill('xe dien');
    await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    await page.waitForLoadState('networkidle');
    const secondBytes = second.total();

    console.log(
      `[search downloads] shared link: ${visitBytes} bytes in all, ${searchBytes} for the search ` +
        `(${[...visit.byKind].map(([kind, bytes]) => `${kind} ${bytes}`).join(', ')}); second query: ${secondBytes} bytes`,
    );
    expect(workers.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/search-worker-[\w-]+\.js$/)]);
    // The index and the results' texts, fetched by the worker, are in the count.
    expect([...visit.byKind.keys()]).toEqual(expect.arrayContaining(['pagefind .pf_meta', 'pagefind .pf_index', 'pagefind .pf_fragment']));
    expect(visitBytes).toBeLessThan(VISIT_BYTES_BUDGET);
    // A second query may need nothing new (its words' chunks came with the first); it must stay small.
    expect(secondBytes).toBeLessThan(SECOND_QUERY_BYTES_BUDGET);
    await page.close();
  });
});
