/**
 * The search page under odd and hostile input, without JavaScript, by
 * keyboard, and through axe; and the rest of the site still ships no script.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { afterSearch, ARTICLES, openSearch, shownResults, useSearchSite, watchErrors } from './search-support.ts';
import { axeViolations, injectAxe } from '../helpers/axe.ts';


describe.skipIf(!hasChromium)('search page: odd input, no script, keyboard, accessibility', () => {
  const searchSite = useSearchSite();

  it.each([
    ['', 'Hãy nhập từ cần tìm'],
    ['?q=', 'Hãy nhập từ cần tìm'],
    ['?q=+++', 'Hãy nhập từ cần tìm'],
    ['?q=%3F!%E2%80%A6+%E2%80%94+%2C%2C', 'chỉ gồm dấu cách hoặc dấu câu'],
    ['?q=zzqx+wwqv', 'Không tìm thấy bài viết nào cho “zzqx wwqv”.'],
  ])('%j gets a clear Vietnamese message', async (search, message) => {
    const page = await searchSite().newPage();
    const status = await openSearch(page, searchSite().site, search);
    expect(status).toContain(message);
    expect(await shownResults(page)).toEqual([]);
    await searchSite().done(page);
  });

  it('cuts a very long query and says so, still searching its first words', async () => {
    const page = await searchSite().newPage();
    await openSearch(page, searchSite().site, `?q=${encodeURIComponent(`xe điện ${'hợp tác '.repeat(200)}`)}`);
    await expect(page.locator('[data-search-notes]').textContent()).resolves.toContain('Từ khóa quá dài');
    await searchSite().done(page);
  });

  it.each([
    ['cannot load the search worker', (page: Page) => page.route('**/search-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }))],
    ['has no DecompressionStream (Safari < 16.4)', (page: Page) => page.addInitScript(() => delete (window as { DecompressionStream?: unknown }).DecompressionStream)],
  ])('a browser that %s searches through Pagefind on the page, with the same results', async (_case, handicap) => {
    const site = searchSite().site;
    const answers = async (page: Page) => {
      const found = [];
      for (const query of ['xe dien', 'tiêu chuẩn', 'ISO']) {
        const status = await openSearch(page, site, `?q=${encodeURIComponent(query)}`);
        found.push({ query, status, results: await shownResults(page) });
      }
      return found;
    };
    const page = await searchSite().newPage();
    const expected = await answers(page);
    await searchSite().done(page);
    const handicapped = await searchSite().browser.newPage();
    const errors = watchErrors(handicapped);
    const workers: string[] = [];
    handicapped.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await handicap(handicapped);
    expect(await answers(handicapped)).toEqual(expected);
    // Answered by Pagefind's own worker, the fallback.
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    expect(expected.every(({ results }) => results.length > 0)).toBe(true);
    expect(errors.filter((error) => !/search-worker|404/.test(error))).toEqual([]);
    await handicapped.close();
  });

  it('shows a hostile query as text and runs nothing', async () => {
    const page = await searchSite().newPage();
    const errors = watchErrors(page);
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    expect(await openSearch(page, searchSite().site, `?q=${encodeURIComponent(hostile)}`)).toContain(hostile);
    await page.locator('#search-q').fill(`${hostile} xe dien`);
    const status = await afterSearch(page, () => page.locator('#search-q').press('Enter'));
    expect(status).toContain(hostile);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('[data-search-app] img, [data-search-app] script').count()).toBe(0);
    expect(await page.title()).toContain(hostile);
    expect(errors).toEqual([]);
    await searchSite().done(page);
  });

  it('without JavaScript: the header form still reaches the search page, which says so and offers the browse pages', async () => {
    const page = await searchSite().newPage({ javaScriptEnabled: false });
    await page.goto(searchSite().site.url);
    await page.getByRole('searchbox', { name: 'Tìm trong kho lưu trữ' }).fill('xe dien');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL('**/tim-kiem/?q=xe+dien');
    await expect(page.locator('main').innerText()).resolves.toContain('Tìm kiếm cần JavaScript');
    for (const name of ['Bài viết theo năm', 'Bài viết theo chủ đề', 'Bài viết theo đối tác']) {
      await expect(page.getByRole('link', { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('[data-search-app]').isVisible()).resolves.toBe(false);
    await searchSite().done(page);
  });

  it('works by keyboard: type, Enter, tick a filter with Space, reach and open a result', async () => {
    const page = await searchSite().newPage({ viewport: { width: 1280, height: 900 } });
    await openSearch(page, searchSite().site, '');
    await page.locator('#search-q').focus();
    await page.keyboard.type('do luong');
    await afterSearch(page, () => page.keyboard.press('Enter'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.locator('input[name="nam"][value="2022"]').focus();
    const status = await afterSearch(page, () => page.keyboard.press('Space'));
    expect(status).toBe('Tìm thấy 1 bài viết cho “do luong”.');
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link'))) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${ARTICLES.dienDan}**`);
    await searchSite().done(page);
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2.2 AA) with results shown, %s', async (colorScheme) => {
    // The site's Content-Security-Policy forbids inline scripts, which is how axe is injected.
    const page = await searchSite().newPage({ colorScheme, bypassCSP: true });
    await openSearch(page, searchSite().site, '?q=xe+dien&nam=2023');
    await injectAxe(page);
    expect(await axeViolations(page)).toEqual([]);
    await searchSite().done(page);
  });

  it('the home page and an article load no script', async () => {
    const page = await searchSite().newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(searchSite().site.url);
    await page.goto(`${searchSite().site.url}${ARTICLES.hoiNhap}`);
    expect(scripts).toEqual([]);
    await searchSite().done(page);
  });
});
