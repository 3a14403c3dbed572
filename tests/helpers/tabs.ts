/**
 * Browser tabs reused from one test to the next. A new tab (a new renderer
 * process, the search page's scripts and WebAssembly compiled again) costs
 * Chromium more than most tests do: about 1 CPU-second a search test on two
 * cores, against 0.4 in a tab that has shown the site before. Each test still
 * gets a fresh document: it navigates the tab to its own address, with its own
 * viewport and colour scheme, and done() takes away the listeners it added and
 * leaves the page for about:blank. Only a test that finished hands its tab
 * back; one that failed leaves it for the browser to close.
 *
 * Tabs share one browser context (its cache and history): a test that
 * measures a first visit, or needs options only a context has (no JavaScript,
 * bypassCSP), gets a context of its own, closed by done().
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export class Tabs {
  private context: Promise<BrowserContext> | undefined;
  private readonly idle: Page[] = [];
  private readonly own = new WeakSet<Page>();

  constructor(private readonly browser: Browser) {}

  /** A tab showing nothing yet, set to `options` (viewport and colour scheme; anything else gets its own context). */
  async open(options: BrowserContextOptions = {}): Promise<Page> {
    const { viewport, colorScheme, ...contextOnly } = options;
    if (Object.keys(contextOnly).length > 0) {
      const page = await (await this.browser.newContext(options)).newPage();
      this.own.add(page);
      return page;
    }
    this.context ??= this.browser.newContext();
    const page = this.idle.pop() ?? (await (await this.context).newPage());
    await page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({ colorScheme: colorScheme ?? 'light' });
    return page;
  }

  /** Hands a tab back once its test is done with it. */
  async done(page: Page): Promise<void> {
    if (this.own.has(page)) {
      await page.context().close();
      return;
    }
    page.removeAllListeners();
    await page.goto('about:blank');
    this.idle.push(page);
  }
}
