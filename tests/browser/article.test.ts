/** An article as a reader sees it in real Chromium: readable, no JavaScript, events linked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/browser';
import { defaultDist } from '../helpers/dist';
import { serveStatic, type StaticSite } from '../helpers/static-server';

describe.skipIf(!hasChromium)('article page in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveStatic(defaultDist)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it('loads no script, shows the title and reaches the body through the skip link', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}bai-viet/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Diễn đàn ISO Châu Á – Thái Bình Dương');
    expect(scripts).toEqual([]);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('lands on the paragraph that reports an event', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}bai-viet/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022/`);
    const firstEvent = page.locator('.event-list a.event-title').first();
    const href = await firstEvent.getAttribute('href');
    expect(href).toMatch(/^#su-kien-/);
    await firstEvent.click();
    const targeted = await page.evaluate(() => document.querySelector(':target')?.closest('p, figure, h2, header')?.textContent ?? '');
    expect(targeted.length).toBeGreaterThan(20);
    await page.close();
  });
});
