/**
 * Synonyms on the real site's search page (src/search/core/synonyms.ts):
 * "stameq", a name no article writes, finds the articles that write
 * "TCĐLCL" or "Tổng cục Tiêu chuẩn Đo lường Chất lượng", the form each
 * holds marked, and the status area says what else was searched; a query
 * with no synonym says nothing of the kind. Axe passes with the line shown.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { ARTICLES, openSearch, shownResults, useSearchSite, watchErrors } from './search-support.ts';
import { axeViolations, injectAxe } from '../helpers/axe.ts';

const ALSO = 'Cũng tìm: TCĐLCL, TĐC, Tổng cục Tiêu chuẩn Đo lường Chất lượng.';

describe.skipIf(!hasChromium)('search page: synonyms from the archive’s data', () => {
  const searchSite = useSearchSite();

  it.each(['stameq', 'STAMEQ'])('“%s” finds the three articles with TCĐLCL, the matched form marked, and says what else it searched', async (query) => {
    const page = await searchSite().newPage();
    const errors = watchErrors(page);
    expect(await openSearch(page, searchSite().site, `?q=${query}`)).toBe(`Tìm thấy 3 bài viết cho “${query}”.`);
    expect(await page.locator('[data-search-notes]').textContent()).toBe(ALSO);
    const results = (await shownResults(page)).filter((result) => result.href !== '');
    expect(results.map((result) => new URL(result.href, 'http://site.invalid/').pathname.slice(1)).sort()).toEqual(Object.values(ARTICLES).sort());
    for (const result of results) {
      const marked = [...result.marked, ...result.titleMarked];
      expect(marked.length, result.href).toBeGreaterThan(0);
      expect(marked.every((text) => text === 'TCĐLCL'), `${result.href}: ${marked.join(', ')}`).toBe(true);
    }
    // Found through a synonym: headed by the form it holds.
    expect(await page.locator('[data-search-results] > li.search-group').first().textContent()).toBe('Bài có “TCĐLCL”');
    expect(new URL(page.url()).search).toBe(`?q=${query}`);
    expect(errors).toEqual([]);
    await searchSite().done(page);
  });

  it('finds them by the full name typed without marks, marking the full name', async () => {
    const page = await searchSite().newPage();
    const query = 'tong cuc tieu chuan do luong chat luong';
    expect(await openSearch(page, searchSite().site, `?q=${encodeURIComponent(query)}`)).toMatch(/^Tìm thấy 3 bài viết cho/);
    expect(await page.locator('[data-search-notes]').textContent()).toBe('Cũng tìm: TCĐLCL, STAMEQ, TĐC.');
    const [first] = (await shownResults(page)).filter((result) => result.href !== '');
    expect(first!.marked).toContain('Tổng cục Tiêu chuẩn Đo lường Chất lượng');
    await searchSite().done(page);
  });

  it('says nothing of synonyms for a query that has none', async () => {
    const page = await searchSite().newPage();
    expect(await openSearch(page, searchSite().site, '?q=xe+dien')).toBe('Tìm thấy 1 bài viết cho “xe dien”.');
    expect(await page.locator('[data-search-notes]').textContent()).toBe('');
    expect(await page.locator('[data-search-results] > li.search-group').count()).toBe(0);
    await searchSite().done(page);
  });

  it.each(['light', 'dark'] as const)('passes axe with the “Cũng tìm” line and a synonym’s heading shown, %s', async (colorScheme) => {
    const page = await searchSite().newPage({ viewport: { width: 375, height: 740 }, colorScheme, bypassCSP: true });
    await openSearch(page, searchSite().site, '?q=stameq');
    await injectAxe(page);
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await searchSite().done(page);
  });
});
