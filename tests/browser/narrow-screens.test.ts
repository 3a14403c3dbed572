/** Every page fits a 320 px phone: nothing wider than the screen forces sideways scrolling. */
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';
import { builtPages } from '../helpers/dist.ts';

const pagePaths = builtPages()
  .map((page) => page.path)
  .filter((path) => !path.endsWith('404.html'));

describe.skipIf(!hasChromium)('at 320 px wide', () => {
  const session = openBrowserSession();

  it(`no page scrolls sideways (${pagePaths.length} pages)`, async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const path of pagePaths) {
      await page.goto(new URL(path.slice(1), session.site.url).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${path}: ${width}px`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('on a 375 × 740 phone', () => {
  const session = openBrowserSession();

  // The header is on every page: about a sixth of the screen at most, so the page itself starts on the first screen.
  it.each(['/', '/bai-viet/hoi-nhap-quoc-te-tcdlcl-huong-toi-phat-trien-ben-vung/', '/tim-kiem/'])('the header of %s takes at most about a sixth of the screen', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(new URL(path.slice(1), session.site.url).href);
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    await context.close();
    expect(height).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(740 / 6 + 2);
  });
});
