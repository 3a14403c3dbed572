/**
 * Accessibility: axe-core in real Chromium on EVERY built page (the list comes
 * from the HTML files in the build, so pages added later are covered), zero
 * violations under the WCAG 2.2 AA rule sets. Each page is checked twice: light
 * scheme on a desktop screen and dark scheme on a 375px phone, because colour
 * contrast and target sizes differ between the two. Pages are checked a few at
 * a time, each in a browser tab reused from one page to the next (a new tab
 * costs Chromium more than the page it loads).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { axeViolations, injectAxe } from '../helpers/axe.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';
import { builtPages } from '../helpers/dist.ts';
import { paths } from '../../src/urls/paths.ts';

/** Checked one after the other on the same loaded page. */
const modes = [
  { name: 'light, 1280px', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark, 375px', colorScheme: 'dark', viewport: { width: 375, height: 740 } },
] as const;

// The search page also has a state built by script: its results for a query.
const targets = [...builtPages().map((page) => page.path), `${paths.search()}?q=ISO`];

describe.skipIf(!hasChromium)('axe, WCAG 2.2 AA', () => {
  const session = openBrowserSession();
  let context: BrowserContext;
  /** Tabs not checking a page right now; a test takes one or opens one. */
  const idleTabs: Page[] = [];
  beforeAll(async () => {
    // bypassCSP: the site's Content-Security-Policy would rightly refuse the injected axe script.
    context = await session.browser.newContext({ bypassCSP: true });
  });

  it('covers every built page', () => {
    expect(targets.length).toBeGreaterThanOrEqual(5);
  });

  it.concurrent.each(targets)('%s has no violations, light and dark', async (path) => {
    const page = idleTabs.pop() ?? (await context.newPage());
    let reusable = false;
    try {
      const violations: string[] = [];
      for (const [index, mode] of modes.entries()) {
        await page.emulateMedia({ colorScheme: mode.colorScheme });
        await page.setViewportSize(mode.viewport);
        if (index === 0) {
          await page.goto(new URL(path.slice(1), session.site.url).href, { waitUntil: path.includes('?') ? 'networkidle' : 'load' });
          await injectAxe(page);
        }
        violations.push(...(await axeViolations(page)).map((line) => `[${mode.name}] ${line}`));
      }
      reusable = true;
      expect(violations).toEqual([]);
    } finally {
      // A tab whose check broke off is not trusted with the next page.
      if (reusable) idleTabs.push(page);
      else await page.close();
    }
  });
});
