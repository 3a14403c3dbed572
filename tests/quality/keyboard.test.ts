/**
 * A keyboard-only walk in Chromium: from the home page, with Tab and Enter
 * alone (and typing the query), reach the search, a result, a partner page and
 * back home; from the footer to the accessibility statement and the contact
 * page. Every element that takes focus on the way must show it: a focus
 * outline or ring, on screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';
import { builtPages } from '../helpers/dist.ts';
import { paths } from '../../src/urls/paths.ts';

const MAX_TABS = 250;
/** "/bai-viet/" — the folder every article page lives in. */
const articleFolder = paths.article('x').replace(/x\/$/, '');

interface Focused {
  matches: boolean;
  visible: boolean;
  label: string;
}

/**
 * Lets a page finish arriving before the first Tab: a result link's text
 * fragment (#:~:text=…) is scrolled to a moment after the load event, and
 * would otherwise carry an element focused before then off screen — a race
 * no person's hand is quick enough to run. Waits for the network to be quiet
 * (500 ms) and the scroll position to hold still.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    let still = 0;
    for (let last = scrollY, tries = 0; still < 4 && tries < 40; tries++) {
      await new Promise((done) => setTimeout(done, 50));
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
  });
}

/** Presses Tab until the focused element matches `selector`; returns the elements passed whose focus did not show. */
async function tabTo(page: Page, selector: string): Promise<string[]> {
  const unseen: string[] = [];
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(async (wanted): Promise<Focused | null> => {
      // Let the browser finish scrolling the element into view before measuring.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const onScreen = box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight;
      const label = `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}" (outline ${style.outlineStyle} ${style.outlineWidth}, top ${Math.round(box.top)} of ${innerHeight})`;
      return { matches: element.matches(wanted), visible: ring && onScreen, label };
    }, selector);
    if (!focused) continue;
    if (!focused.visible) unseen.push(`${page.url()} ${focused.label}`);
    if (focused.matches) return unseen;
  }
  throw new Error(`${MAX_TABS} presses of Tab on ${page.url()} never reached ${selector}`);
}

describe.skipIf(!hasChromium)('keyboard only', () => {
  const session = openBrowserSession();

  it('goes home → search → a result → a partner → home with Tab and Enter, focus always visible', async () => {
    const { browser, site } = session;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const unseen: string[] = [];
    const at = (path: string) => new URL(path.slice(1), site.url).href;
    await page.goto(site.url);

    unseen.push(...(await tabTo(page, 'input[type="search"]')));
    await page.keyboard.type('ISO');
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(at(paths.search())).pathname), page.keyboard.press('Enter')]);
    await page.locator(`main a[href^="${articleFolder}"]`).first().waitFor();

    unseen.push(...(await tabTo(page, `main a[href^="${articleFolder}"]`)));
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith(articleFolder)), page.keyboard.press('Enter')]);
    await settle(page);

    const partnerLink = `main a[href^="${paths.partners()}"]:not([href="${paths.partners()}"])`;
    unseen.push(...(await tabTo(page, partnerLink)));
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith(paths.partners())), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();

    unseen.push(...(await tabTo(page, `header a[href="${paths.home()}"]`)));
    await Promise.all([page.waitForURL(at(paths.home())), page.keyboard.press('Enter')]);

    expect(unseen).toEqual([]);
    await page.close();
  }, 120_000);

  it('reaches the accessibility statement from the footer, and from it the contact page, at 375 px, focus always visible', async () => {
    const { browser, site } = session;
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(new URL(paths.data().slice(1), site.url).href);
    const unseen = await tabTo(page, `footer a[href="${paths.accessibility()}"]`);
    await Promise.all([page.waitForURL((url) => url.pathname === paths.accessibility()), page.keyboard.press('Enter')]);
    // Every link of the statement on the way, then the footer's.
    unseen.push(...(await tabTo(page, `footer a[href="${paths.contact()}"]`)));
    await Promise.all([page.waitForURL((url) => url.pathname === paths.contact()), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Liên hệ');
    expect(unseen).toEqual([]);
    await page.close();
  }, 60_000);

  it("reaches an article's first abbreviation with Tab, hears its expansion, and Enter lands on its glossary entry", async () => {
    const { browser, site } = session;
    // An article page itself, not its capture page: its path is the article path of its own id.
    const article = builtPages().find((built) => built.path.startsWith(articleFolder) && built.path === paths.article(built.path.split('/')[2]));
    expect(article, 'no article page built').toBeDefined();
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(new URL(article!.path.slice(1), site.url).href);

    const unseen = await tabTo(page, 'main a.abbr-link');
    const link = page.locator('main a.abbr-link:focus');
    const [term, name] = [(await link.textContent())!, (await link.getAttribute('aria-label'))!];
    // The name is the term, then what it stands for.
    expect(name.startsWith(`${term} – `) && name.length > term.length + 3).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === paths.glossary()), page.keyboard.press('Enter')]);

    await settle(page);
    const entry = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const box = target?.getBoundingClientRect();
      return { term: target?.querySelector('dt')?.textContent?.trim(), onScreen: !!box && box.bottom > 0 && box.top < innerHeight };
    });
    expect(entry).toEqual({ term, onScreen: true });
    expect(unseen).toEqual([]);
    await page.close();
  }, 60_000);
});
