/** An article as a reader sees it in real Chromium: readable, no JavaScript, events linked. */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';

describe.skipIf(!hasChromium)('article page in Chromium', () => {
  const session = openBrowserSession();

  it('loads no script, shows the title and reaches the body through the skip link', async () => {
    const page = await session.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${session.site.url}bai-viet/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Diễn đàn ISO Châu Á – Thái Bình Dương');
    expect(scripts).toEqual([]);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('lands on the paragraph that reports an event', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}bai-viet/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022/`);
    const firstEvent = page.locator('.event-list a.event-title').first();
    const href = await firstEvent.getAttribute('href');
    expect(href).toMatch(/^#su-kien-/);
    await firstEvent.click();
    const targeted = await page.evaluate(() => document.querySelector(':target')?.closest('p, figure, h2, header')?.textContent ?? '');
    expect(targeted.length).toBeGreaterThan(20);
    await page.close();
  });
});
