/**
 * The search page says what it is doing (tests/browser/search-support.ts):
 * "Đang tìm…" as soon as a search starts, however long the index takes;
 * filters that hide every result named as the cause, with a "Bỏ bộ lọc"
 * button that keeps the words; the first result on a phone's first
 * screen, the filters folded above it; and the page of a partner, topic or
 * year the query names, above the results.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { afterSearch, openSearch, shownResults, useSearchSite } from './search-support.ts';
import { axeViolations, injectAxe } from '../helpers/axe.ts';

const PHONE = { width: 375, height: 740 };
const status = (page: Page) => page.locator('[data-search-status]').textContent();
const searches = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0));

describe.skipIf(!hasChromium)('search page: what it is doing, and where to go', () => {
  const searchSite = useSearchSite();

  it('says “Đang tìm…” while the index has not answered, then the count', async () => {
    const page = await searchSite().newPage();
    // The search periods' files are held until the test lets them through: the first answer needs one.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/tim-kiem/ky/**', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    await page.goto(`${searchSite().site.url}tim-kiem/?q=iso`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'Đang tìm…', undefined, { timeout: 10_000 });
    expect(asked).toBeGreaterThan(0);
    expect([await searches(page), (await shownResults(page)).length]).toEqual([0, 0]);
    release();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0) > 0, undefined, { timeout: 15_000 });
    // Two hold "ISO"; the third only its Vietnamese name (a synonym, src/search/core/synonyms.ts).
    expect(await status(page)).toBe('Tìm thấy 3 bài viết cho “iso”.');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await searchSite().done(page);
  });

  it('names the filters when they hide every result, and “Bỏ bộ lọc” keeps the words, clears them and can be walked back', async () => {
    const page = await searchSite().newPage({ viewport: PHONE });
    expect(await openSearch(page, searchSite().site, '?q=xe+dien&doi-tac=iso')).toBe(
      'Không có bài viết nào về “xe dien” với bộ lọc đã chọn. Bỏ bộ lọc sẽ có 1 kết quả.',
    );
    // No spelling advice: the words were right.
    expect(await page.locator('[data-search-notes]').textContent()).not.toContain('chính tả');
    const clear = page.getByRole('button', { name: 'Bỏ bộ lọc', exact: true });
    const box = (await clear.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);

    expect(await afterSearch(page, () => clear.click())).toBe('Tìm thấy 1 bài viết cho “xe dien”.');
    expect(new URL(page.url()).search).toBe('?q=xe+dien');
    expect(await page.locator('#search-q').inputValue()).toBe('xe dien');
    expect(await page.locator('input[data-facet]:checked').count()).toBe(0);
    expect(await clear.isVisible()).toBe(false);
    // Reading goes on at the result, not at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link'))).toBe(true);

    // A new history entry: Back returns to the filtered search.
    await afterSearch(page, () => page.goBack());
    expect(new URL(page.url()).search).toBe('?q=xe+dien&doi-tac=iso');
    expect(await page.locator('input[name="doi-tac"][value="iso"]').isChecked()).toBe(true);
    await searchSite().done(page);
  });

  it('shows the first result on the first screen of a 375 px phone, the filters folded above it and saying how many are on', async () => {
    const page = await searchSite().newPage({ viewport: PHONE });
    await openSearch(page, searchSite().site, '?q=iso');
    const top = await page.locator('[data-search-results] .search-result').first().evaluate((item) => item.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(PHONE.height);
    const filters = page.locator('details[data-filters-disclosure]');
    expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    const summary = page.locator('details[data-filters-disclosure] > summary');
    expect(await summary.textContent()).toBe('Lọc và sắp xếp');

    await summary.click();
    await page.locator('details[data-facet-group] > summary', { hasText: 'Năm' }).click();
    await afterSearch(page, () => page.getByRole('checkbox', { name: /^2023/ }).check());
    expect(await summary.textContent()).toBe('Lọc và sắp xếp (đã chọn 1 bộ lọc)');

    // Beside the results on a wide screen, open.
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSearch(page, searchSite().site, '?q=iso');
    expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    await searchSite().done(page);
  });

  it.each([
    ['iso', 'Đối tác: ISO — 2 bài', /\/doi-tac\/iso\/$/],
    ['Tổ chức Năng suất Châu Á', 'Đối tác: APO — 2 bài', /\/doi-tac\/apo\/$/],
    ['halal', 'Chủ đề: Halal — 1 bài', /\/chu-de\/halal\/$/],
    ['bien doi khi hau', 'Chủ đề: Biến đổi khí hậu — 2 bài', /\/chu-de\/bien-doi-khi-hau\/$/],
    ['2023', 'Năm 2023 — 2 bài', /\/nam\/2023\/$/],
  ])('“%s” leads to its page above the results: %s', async (query, text, href) => {
    const page = await searchSite().newPage({ viewport: PHONE });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openSearch(page, searchSite().site, `?q=${encodeURIComponent(query)}`);
    const region = page.getByRole('region', { name: 'Trang liên quan' });
    const links = region.getByRole('link');
    expect(await links.allTextContents()).toEqual([text]);
    expect(await links.first().getAttribute('href')).toMatch(href);
    // Above the first result, if there is one.
    const [bets, first] = await Promise.all([
      region.evaluate((section) => section.getBoundingClientRect().bottom),
      page.locator('[data-search-results] .search-result').first().evaluate((item) => item.getBoundingClientRect().top).catch(() => Infinity),
    ]);
    expect(bets).toBeLessThanOrEqual(first);
    // From what the page carries: nothing of the linked page was fetched.
    const linked = new URL(await links.first().evaluate((link: HTMLAnchorElement) => link.href)).pathname;
    expect(requests.filter((path) => path.startsWith(linked))).toEqual([]);
    await searchSite().done(page);
  });

  it('offers no page for a word on its way to a name, and takes it away for the next query', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=iso');
    await page.locator('#search-q').fill('is');
    await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    expect(await page.getByRole('region', { name: 'Trang liên quan' }).count()).toBe(0);
    expect(await page.locator('[data-search-best-bets]').isVisible()).toBe(false);
    await searchSite().done(page);
  });

  it.each(['light', 'dark'] as const)('passes axe at 375 px with the filters folded, a best bet and “Bỏ bộ lọc” shown, %s', async (colorScheme) => {
    const page = await searchSite().newPage({ viewport: PHONE, colorScheme, bypassCSP: true });
    await openSearch(page, searchSite().site, '?q=xe+dien&doi-tac=iso');
    await injectAxe(page);
    expect(await axeViolations(page)).toEqual([]);
    await searchSite().done(page);
  });
});
