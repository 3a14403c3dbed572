/**
 * The real search page over a small made-up archive, for what three real
 * articles cannot show: "năng" ranking the article about "năng lượng" above
 * the one about "Đà Nẵng" (and "nẵng" the other way round), and a result
 * list long enough for "Xem thêm" (tests/helpers/search-fixture-site.ts).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { searchFixtureSite, type FixturePage } from '../helpers/search-fixture-site.ts';
import { borrowChromium, returnChromium } from '../helpers/shared-chromium.ts';
import { Tabs } from '../helpers/tabs.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { afterSearch, openSearch, shownResults } from './search-support.ts';

const NEWER: FixturePage[] = [
  { id: 'nang-luong', title: 'Hợp tác về năng lượng sạch', text: 'Các dự án năng lượng tái tạo và năng lượng mặt trời được giới thiệu.' },
  { id: 'da-nang', title: 'Khóa đào tạo năng suất xanh', text: 'Khóa đào tạo được tổ chức tại Đà Nẵng cho các doanh nghiệp.' },
];
const OLDER: FixturePage[] = Array.from({ length: 23 }, (_, index) => ({
  id: `tieu-chuan-${index + 1}`,
  title: `Bản tin tiêu chuẩn số ${index + 1}`,
  text: `Tin số ${index + 1} về hoạt động tiêu chuẩn hóa và hợp tác.`,
}));

describe.skipIf(!hasChromium)('search page over a made-up archive', () => {
  let root: string;
  let browser: Browser;
  let tabs: Tabs;
  let site: StaticSite;
  useHeavySlot();
  beforeAll(async () => {
    root = await searchFixtureSite([
      { key: '2023', year: 2023, pages: NEWER },
      { key: '2022', year: 2022, pages: OLDER },
    ]);
    [browser, site] = await Promise.all([borrowChromium(), serveStatic(root)]);
    tabs = new Tabs(browser);
  });
  afterAll(async () => {
    await Promise.all([returnChromium(browser), site?.close()]);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const order = async (query: string) => {
    const page = await tabs.open();
    await openSearch(page, site, `?q=${encodeURIComponent(query)}`);
    const slugs = (await shownResults(page)).map((result) => /bai-viet\/([^/]+)\//.exec(result.href)?.[1]);
    await tabs.done(page);
    return slugs;
  };

  it('"năng" (typed with marks) ranks "năng lượng" above "Đà Nẵng"', async () => {
    const slugs = await order('năng');
    expect(slugs.indexOf('nang-luong')).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf('nang-luong')).toBeLessThan(slugs.indexOf('da-nang'));
  });

  it('"nẵng" ranks "Đà Nẵng" above "năng lượng"; "Da Nang" finds it first', async () => {
    const slugs = await order('nẵng');
    expect(slugs[0]).toBe('da-nang');
    expect((await order('Da Nang'))[0]).toBe('da-nang');
  });

  it('shows ten results, then more on request, moving focus to the first new one', async () => {
    const page = await tabs.open();
    const status = await openSearch(page, site, '?q=tieu+chuan');
    expect(status).toBe('Tìm thấy 23 bài viết cho “tieu chuan”.');
    expect(await shownResults(page)).toHaveLength(10);
    const more = page.getByRole('button', { name: 'Xem thêm kết quả (còn 13)' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 20);
    const focusedResult = await page.evaluate(() => {
      const item = document.activeElement?.closest('li');
      return item ? [...document.querySelectorAll('[data-search-results] > li')].indexOf(item) : -1;
    });
    expect(focusedResult).toBe(10);
    await page.getByRole('button', { name: 'Xem thêm kết quả (còn 3)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 23);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    // A new search starts again from the top.
    await afterSearch(page, () => page.locator('#search-q').fill('tieu chuan hoa'));
    expect(await shownResults(page)).toHaveLength(10);
    await tabs.done(page);
  });
});
