/**
 * Filters, counts, sort and the URL: a search can be narrowed by year,
 * topic and partner, shared as a link, and walked back with the back button.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { afterSearch, ARTICLES, openSearch, shownResults, useSearchSite } from './search-support.ts';

const hrefs = async (page: Page) => (await shownResults(page)).map((result) => result.href.replace(/#.*$/, '').replace(/^.*?\/bai-viet\//, 'bai-viet/'));
const count = (page: Page, name: string, value: string) =>
  page.locator(`input[name="${name}"][value="${value}"] ~ [data-facet-count]`).textContent();

describe.skipIf(!hasChromium)('search filters and URL state in Chromium', () => {
  const searchSite = useSearchSite();

  it('combines year and partner filters, with counts that follow the other filters', async () => {
    const page = await searchSite().newPage({ viewport: { width: 1280, height: 900 } });
    await openSearch(page, searchSite().site, '?q=tieu+chuan');
    expect(await hrefs(page)).toHaveLength(3);
    expect(await count(page, 'nam', '2023')).toBe('(2)');
    expect(await count(page, 'nam', '2022')).toBe('(1)');

    let status = await afterSearch(page, () => page.getByRole('checkbox', { name: /^2023/ }).check());
    expect(status).toBe('Tìm thấy 2 bài viết cho “tieu chuan”.');
    expect(new Set(await hrefs(page))).toEqual(new Set([ARTICLES.thucDay, ARTICLES.hoiNhap]));
    // A facet's own counts ignore its own choice: 2022 still offers its one article.
    expect(await count(page, 'nam', '2022')).toBe('(1)');

    await afterSearch(page, () => page.getByRole('checkbox', { name: /^ISO/ }).check());
    expect(await hrefs(page)).toEqual([ARTICLES.hoiNhap]);

    status = await afterSearch(page, () => page.getByRole('checkbox', { name: /^2022/ }).check());
    expect(new Set(await hrefs(page))).toEqual(new Set([ARTICLES.hoiNhap, ARTICLES.dienDan]));

    // "Xe điện" is only in an article without ISO: with ISO chosen, it would give nothing, so it is not offered.
    await expect(page.locator('input[value="xe-dien"]').isVisible()).resolves.toBe(false);
    expect(page.url()).toContain('?q=tieu+chuan&nam=2022&nam=2023&doi-tac=iso');
    expect(status).toBe('Tìm thấy 2 bài viết cho “tieu chuan”.');
    await searchSite().done(page);
  });

  it('says when the filters hide every result, and how many there are without them', async () => {
    const page = await searchSite().newPage({ viewport: { width: 1280, height: 900 } });
    const status = await openSearch(page, searchSite().site, '?q=tieu+chuan&nam=2022&chu-de=xe-dien');
    expect(status).toBe('Không có bài viết nào về “tieu chuan” với bộ lọc đã chọn. Bỏ bộ lọc sẽ có 3 kết quả.');
    // A chosen value stays visible (and can be unticked) even when it leaves nothing.
    await afterSearch(page, () => page.getByRole('checkbox', { name: /^Xe điện/ }).uncheck());
    expect(await hrefs(page)).toEqual([ARTICLES.dienDan]);
    await searchSite().done(page);
  });

  it('restores a shared link: query, filters and sort, with the boxes ticked', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=tieu+chuan&nam=2023&sap-xep=cu-nhat');
    expect(await page.locator('#search-q').inputValue()).toBe('tieu chuan');
    expect(await page.locator('input[name="nam"][value="2023"]').isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('cu-nhat');
    expect(await hrefs(page)).toEqual([ARTICLES.hoiNhap, ARTICLES.thucDay]);
    await searchSite().done(page);
  });

  it('sorts by date, newest or oldest first', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=tieu+chuan&sap-xep=moi-nhat');
    expect(await hrefs(page)).toEqual([ARTICLES.thucDay, ARTICLES.hoiNhap, ARTICLES.dienDan]);
    await afterSearch(page, () => page.locator('#search-sort').selectOption('cu-nhat'));
    expect(await hrefs(page)).toEqual([ARTICLES.dienDan, ARTICLES.hoiNhap, ARTICLES.thucDay]);
    expect(page.url()).toContain('sap-xep=cu-nhat');
    await searchSite().done(page);
  });

  it('lists the articles of a filter when no words are typed', async () => {
    const page = await searchSite().newPage();
    const status = await openSearch(page, searchSite().site, '?doi-tac=iso');
    expect(status).toBe('2 bài viết khớp bộ lọc.');
    expect(await hrefs(page)).toEqual([ARTICLES.hoiNhap, ARTICLES.dienDan]);
    await searchSite().done(page);
  });

  it("counts every filter value as the archive does: with every year chosen and no words, the page's counts stay those it was built with", async () => {
    const page = await searchSite().newPage();
    await page.goto(`${searchSite().site.url}tim-kiem/`);
    const read = () =>
      page.$$eval('input[data-facet]', (inputs) =>
        inputs.map((input) => `${input.getAttribute('name')}=${input.getAttribute('value')} ${input.parentElement?.querySelector('[data-facet-count]')?.textContent}`),
      );
    const built = await read();
    expect(built.length).toBeGreaterThan(20);
    await openSearch(page, searchSite().site, '?nam=2022&nam=2023');
    expect(await read()).toEqual(built);
    await searchSite().done(page);
  });

  it('walks back through earlier searches with the back button', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, '?q=xe+dien');
    await page.locator('#search-q').fill('hop tac quoc te');
    await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    await afterSearch(page, () => page.getByRole('checkbox', { name: /^2023/ }).check());
    expect(page.url()).toMatch(/\?q=hop\+tac\+quoc\+te&nam=2023$/);

    await afterSearch(page, () => page.goBack());
    expect(page.url()).toMatch(/\?q=hop\+tac\+quoc\+te$/);
    expect(await page.locator('input[name="nam"][value="2023"]').isChecked()).toBe(false);

    const status = await afterSearch(page, () => page.goBack());
    expect(await page.locator('#search-q').inputValue()).toBe('xe dien');
    expect(status).toBe('Tìm thấy 1 bài viết cho “xe dien”.');
    await searchSite().done(page);
  });
});
