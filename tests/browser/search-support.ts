/**
 * Shared by the search browser tests: the built site served on 127.0.0.1,
 * one Chromium, and helpers that wait for the search page to answer and
 * read what a reader sees (status line, result titles, highlighted words).
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { defaultDist } from '../helpers/dist.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { borrowChromium, returnChromium } from '../helpers/shared-chromium.ts';
import { Tabs } from '../helpers/tabs.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';

export const ARTICLES = {
  thucDay: 'bai-viet/thuc-day-hop-tac-quoc-te-tieu-chuan-do-luong-chat-luong-2023/',
  hoiNhap: 'bai-viet/hoi-nhap-quoc-te-tcdlcl-huong-toi-phat-trien-ben-vung/',
  dienDan: 'bai-viet/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022/',
} as const;

export interface SearchSite {
  browser: Browser;
  site: StaticSite;
  /**
   * A tab for one test, reused from earlier tests (tests/helpers/tabs.ts);
   * hand it back with done(). Tests that count a first visit's bytes open
   * their own page with browser.newPage(), whose context has an empty cache.
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
  done: (page: Page) => Promise<void>;
  close: () => Promise<void>;
}

/** Starts the server and borrows the worker's Chromium (in a heavy slot) before the describe block's tests, and gives them back after; call inside describe. */
export function useSearchSite(): () => SearchSite {
  let context: SearchSite | undefined;
  useHeavySlot();
  beforeAll(async () => {
    const [browser, site] = await Promise.all([borrowChromium(), serveStatic(defaultDist)]);
    const tabs = new Tabs(browser);
    context = {
      browser,
      site,
      newPage: (options) => tabs.open(options),
      done: (page) => tabs.done(page),
      close: async () => void (await Promise.all([returnChromium(browser), site.close()])),
    };
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!context) throw new Error('the search site is not running yet');
    return context;
  };
}

/** Fails the test on any script error the page reports. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Does `action`, then waits until the search page has answered it; returns the status line. */
export async function afterSearch(page: Page, action: () => Promise<unknown>): Promise<string> {
  const before = await page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0));
  await action();
  await page.waitForFunction(
    (count) => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0) > count,
    before,
    { timeout: 15_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

export async function openSearch(page: Page, site: StaticSite, search: string): Promise<string> {
  await page.goto(`${site.url}tim-kiem/${search}`);
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.searches ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

export interface ShownResult {
  href: string;
  title: string;
  marked: string[];
  titleMarked: string[];
}

export const shownResults = (page: Page): Promise<ShownResult[]> =>
  page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('h3')?.textContent ?? '',
      marked: [...item.querySelectorAll('[data-result-excerpt] mark')].map((mark) => mark.textContent ?? ''),
      titleMarked: [...item.querySelectorAll('h3 mark')].map((mark) => mark.textContent ?? ''),
    })),
  );

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's WCAG 2.2 AA violations on the page as it stands ("id (nodes)"); the page must bypass the CSP, which forbids the injected script. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}
