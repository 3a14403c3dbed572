/** Browsing in real Chromium: the map's countries and the timeline's events take the reader where they say. */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';

describe.skipIf(!hasChromium)('browse pages in Chromium', () => {
  const session = openBrowserSession();

  it('a country on the map leads to that country\'s partners', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.site.url}doi-tac/`);
    const switzerland = page.getByRole('link', { name: /^Thụy Sĩ:/ });
    await expect(switzerland.getAttribute('aria-label')).resolves.toContain('ISO');
    await switzerland.click();
    expect(new URL(page.url()).hash).toBe('#quoc-gia-ch');
    const target = page.locator(':target');
    await expect(target.textContent()).resolves.toContain('ISO');
    await expect(target.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('an event on a timeline page opens its article at the reporting paragraph, on a phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${session.site.url}dong-thoi-gian/2022/`);
    const event = page.locator('.event-list a.event-title').first();
    await event.click();
    await page.waitForURL(/\/bai-viet\/.+#su-kien-/);
    const paragraph = page.locator(':target').locator('xpath=..');
    await expect(paragraph.isVisible()).resolves.toBe(true);
    const box = (await paragraph.boundingBox())!;
    // Scrolled into view: the paragraph starts within the screen.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(740);
    await page.close();
  });
});
