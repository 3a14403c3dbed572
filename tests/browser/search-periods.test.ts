/**
 * The search page over an archive of several periods (a year split in two,
 * and an older year; tests/helpers/search-fixture-site.ts): the first page
 * is on screen before any older period is fetched, the older periods then
 * complete it in one order without moving what is shown, the page says so
 * while they are searched, a shared link gives the same results, and a
 * word no article has finds nothing, however Pagefind pads its answer.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { searchFixtureSite, type FixturePage, type FixturePeriod } from '../helpers/search-fixture-site.ts';
import { borrowChromium, returnChromium } from '../helpers/shared-chromium.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { openSearch, shownResults } from './search-support.ts';

const news = (key: string, count: number, topics: string[] = []): FixturePage[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `tin-${key}-${index + 1}`,
    title: `Bản tin ${key} số ${index + 1}`,
    text: `Tin về hoạt động tiêu chuẩn của Tổng cục.`,
    topics,
  }));

/** The best match of all, in the oldest period. */
const STRONG: FixturePage = { id: 'tieu-chuan-quoc-te', title: 'Tiêu chuẩn quốc tế', text: 'Tiêu chuẩn, tiêu chuẩn hóa và tiêu chuẩn quốc gia.', partners: ['iso'] };
/** "Dương" is in the newest period only; the oldest has "dù" and "dự", which Pagefind offers for "duong" there. */
const DUONG: FixturePage = { id: 'ong-duong', title: 'Ông Dương phát biểu', text: 'Ông Dương nói về tiêu chuẩn.' };
const DU: FixturePage = { id: 'du-an', title: 'Dự án mới', text: 'Dù trời mưa, dự án vẫn chạy.' };

const PERIODS: FixturePeriod[] = [
  { key: '2023p2', year: 2023, pages: [DUONG, ...news('2023p2', 11, ['tieu-chuan-hoa'])] },
  { key: '2023p1', year: 2023, pages: news('2023p1', 12) },
  { key: '2022', year: 2022, pages: [DU, STRONG, ...news('2022', 10, ['tieu-chuan-hoa'])] },
];
const OLDER = ['2023p1', '2022'];
/** Every page with "tiêu chuẩn": all but DU. */
const MATCHING = PERIODS.reduce((sum, period) => sum + period.pages.length, 0) - 1;

const slugs = async (page: Page) => (await shownResults(page)).map((result) => /bai-viet\/([^/]+)\//.exec(result.href)?.[1]);

async function showAll(page: Page): Promise<(string | undefined)[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, before);
  }
  return slugs(page);
}

describe.skipIf(!hasChromium)('search over several periods', () => {
  let root: string;
  let browser: Browser;
  let site: StaticSite;
  /** Every request the server saw, when (Pagefind fetches from its worker, which the page's own timings do not see). */
  const requests: { path: string; at: number }[] = [];
  useHeavySlot();
  beforeAll(async () => {
    root = await searchFixtureSite(PERIODS);
    [browser, site] = await Promise.all([borrowChromium(), serveStatic(root, { onRequest: (path) => requests.push({ path, at: Date.now() }) })]);
  });
  afterAll(async () => {
    await Promise.all([returnChromium(browser), site?.close()]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shows the first results before it fetches anything of an older period, with only their own texts fetched', async () => {
    const page = await browser.newPage();
    requests.length = 0;
    await openSearch(page, site, '?q=tieu+chuan');
    const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const olderFiles = OLDER.flatMap((key) => [`/tim-kiem/ky/${key}.json`, `/pagefind/pagefind.${entry.languages[`vi-x-${key}`]!.hash}.pf_meta`]);
    // The moment the first results showed, on the same clock as the server's.
    const shownAt = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('search:results')[0]!.startTime);
    const older = requests.filter((request) => olderFiles.includes(request.path));
    expect(older.map((request) => request.path).sort()).toEqual([...olderFiles].sort());
    for (const request of older) expect(request.at).toBeGreaterThan(shownAt);
    // The first three results' texts, and nothing else's, before the first results show.
    expect(requests.filter((request) => request.path.includes('/fragment/') && request.at < shownAt)).toHaveLength(3);
    await page.context().close();
  });

  it('says while older years are searched, then completes in one order without moving the first page', async () => {
    const page = await browser.newPage();
    // Hold the oldest period back, so the reader's view in between can be read.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/tim-kiem/ky/2022.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}tim-kiem/?q=tieu+chuan`);
    await page.waitForSelector('[data-search-app][data-search-pending]');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status'); // a polite live region
    expect(await status.textContent()).toBe('Đã tìm thấy 12 bài viết cho “tieu chuan” trong năm 2023. Đang tìm tiếp trong các năm khác…');
    const firstPage = await slugs(page);
    expect(firstPage).toHaveLength(10);
    // Counts wait for every period; a year not searched yet is not shown as a year without results.
    const year2022 = page.locator('input[name="nam"][value="2022"]');
    expect(await year2022.locator('~ [data-facet-count]').textContent()).toBe('(…)');
    expect(await year2022.isVisible()).toBe(true);
    release();
    await page.waitForFunction(() => !document.querySelector('[data-search-app]')!.hasAttribute('data-search-pending'));
    expect(await status.textContent()).toBe(`Tìm thấy ${MATCHING} bài viết cho “tieu chuan”.`);
    expect(await year2022.locator('~ [data-facet-count]').textContent()).toBe('(11)');
    const all = await showAll(page);
    expect(all.slice(0, 10)).toEqual(firstPage);
    // The oldest period's best page leads the rest: one order, not one period after another.
    expect(all[10]).toBe(STRONG.id);
    expect(new Set(all).size).toBe(MATCHING);
    expect(all).not.toContain(DU.id);
    await page.context().close();
  });

  it('gives the same results, in the same order, to whoever opens a shared link', async () => {
    const link = '?q=tieu+chuan&chu-de=tieu-chuan-hoa';
    const [first, second] = [await browser.newPage(), await browser.newPage()];
    const status = await openSearch(first, site, link);
    expect(status).toBe('Tìm thấy 21 bài viết cho “tieu chuan”.');
    const listed = await showAll(first);
    expect(await openSearch(second, site, link)).toBe(status);
    expect(await showAll(second)).toEqual(listed);
    expect(await second.locator('input[name="chu-de"][value="tieu-chuan-hoa"]').isChecked()).toBe(true);
    await Promise.all([first.context().close(), second.context().close()]);
  });

  it('counts each filter value over every period: what the fixture says each page carries', async () => {
    const page = await browser.newPage();
    await openSearch(page, site, '?q=tieu+chuan');
    const count = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"] ~ [data-facet-count]`).textContent();
    expect(await count('nam', '2023')).toBe('(24)');
    expect(await count('nam', '2022')).toBe('(11)');
    expect(await count('chu-de', 'tieu-chuan-hoa')).toBe('(21)');
    expect(await count('doi-tac', 'iso')).toBe('(1)');
    await page.context().close();
  });

  it('finds nothing of a word no article has where Pagefind offers shorter words ("duong" → "dù", "dự")', async () => {
    const page = await browser.newPage();
    expect(await openSearch(page, site, '?q=duong')).toBe('Tìm thấy 1 bài viết cho “duong”.');
    expect(await slugs(page)).toEqual([DUONG.id]);
    await page.context().close();
  });
});
