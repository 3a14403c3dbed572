/**
 * The whole site under its Content-Security-Policy, sent as a real header
 * from the built _headers file (the <meta> policy applies too): every page
 * loads and a search runs Pagefind's WebAssembly without one violation. A
 * policy without 'wasm-unsafe-eval' must be caught, so the watch is shown
 * to see violations at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { builtPages, defaultDist } from '../helpers/dist.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { borrowChromium, returnChromium } from '../helpers/shared-chromium.ts';
import { builtSecurityHeaders } from '../helpers/security-headers.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';

const headers = builtSecurityHeaders(defaultDist);

/** A page that records every CSP violation and every script error it meets. */
async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return { page, problems };
}

/** Types a query into the search page, the way a reader does. */
async function search(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(`${siteUrl}tim-kiem/`);
  const box = page.locator('[data-search-app] input[type="search"]');
  await box.fill(query);
  await box.press('Enter');
}

const firstResult = (page: Page) => page.locator('[data-search-app] a[href*="/bai-viet/"]').first();

describe.skipIf(!hasChromium)('the site under its Content-Security-Policy', () => {
  let browser: Browser;
  let site: StaticSite;
  useHeavySlot();
  beforeAll(async () => {
    [browser, site] = await Promise.all([borrowChromium(), serveStatic(defaultDist, { headers })]);
  });
  afterAll(async () => {
    await Promise.all([returnChromium(browser), site?.close()]);
  });

  it('loads every page without a violation', async () => {
    const { page, problems } = await watchedPage(browser);
    const pages = builtPages().filter((built) => !built.path.endsWith('404.html'));
    const found: string[] = [];
    for (const built of pages) {
      const response = await page.goto(site.url + built.path.slice(1), { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
      found.push(...problems.splice(0).map((problem) => `${built.path}: ${problem}`));
    }
    expect(pages.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
    await page.close();
  });

  it("searches with Pagefind's WebAssembly without a violation", async () => {
    const { page, problems } = await watchedPage(browser);
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (/wasm\.[^/]*\.pagefind$/.test(response.url()) && response.ok()) wasm.push(response.url());
    });
    await search(page, site.url, 'tiêu chuẩn');
    await firstResult(page).waitFor({ timeout: 15_000 });
    expect(wasm.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("reports the violation when the policy lacks 'wasm-unsafe-eval'", async () => {
    const strict = headers['Content-Security-Policy']!.replace(" 'wasm-unsafe-eval'", '');
    const strictSite = await serveStatic(defaultDist, { headers: { ...headers, 'Content-Security-Policy': strict } });
    try {
      const { page, problems } = await watchedPage(browser);
      await search(page, strictSite.url, 'tiêu chuẩn');
      await expect.poll(() => problems.join('\n'), { timeout: 15_000 }).toMatch(/wasm-unsafe-eval|WebAssembly/);
      await page.close();
    } finally {
      await strictSite.close();
    }
  });
});
