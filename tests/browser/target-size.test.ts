/**
 * WCAG 2.2 SC 2.5.8 (target size, minimum) at 375 px: every link and control
 * outside running text is at least 24 × 24 CSS px, or is an undersized target
 * whose 24 px circle, centred on it, meets no other target and no other
 * undersized target's circle (the SC's spacing exception). Links inside a
 * sentence (a paragraph with other text) are exempt, as the SC allows.
 * One page of each kind is visited: the largest page of each address shape.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { openBrowserSession } from '../helpers/browser-session.ts';
import { builtPages } from '../helpers/dist.ts';
import { paths } from '../../src/urls/paths.ts';
import { publicPages } from '../../src/publish/publisher.ts';
import { undersizedTargets } from './target-size-probe.ts';

/** "/doi-tac/iso/" and "/doi-tac/iec/" are one kind, "/doi-tac/*\/"; "/doi-tac/" another. */
const kindOf = (path: string) => path.replace(/^(\/[^/]+\/)(.+)$/, (_, first: string, rest: string) => first + rest.replace(/[^/]+/g, '*'));

const pageOfEachKind = [
  ...builtPages()
    .reduce((largest, page) => {
      const kind = kindOf(page.path);
      const current = largest.get(kind);
      if (!current || statSync(page.file).size > statSync(current.file).size) largest.set(kind, page);
      return largest;
    }, new Map<string, ReturnType<typeof builtPages>[number]>())
    .values(),
].map((page) => page.path);

describe.skipIf(!hasChromium)('at 375 px wide', () => {
  const session = openBrowserSession();

  it(`every target outside running text is 24 × 24 px or spaced as 2.5.8 allows (${pageOfEachKind.length} kinds of page)`, async () => {
    expect(pageOfEachKind.length).toBeGreaterThan(10);
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pageOfEachKind) {
      await page.goto(new URL(path.slice(1), session.site.url).href);
      const found = await page.evaluate(undersizedTargets);
      failures.push(...found.map((target) => `${path}: ${target}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('the footer at 375 px wide', () => {
  const session = openBrowserSession();

  it('gives each link to the publisher pages a target of at least 24 × 24 px on its own', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(new URL(paths.about().slice(1), session.site.url).href);
    const boxes = await page.evaluate(
      (hrefs) => hrefs.map((href) => {
        const box = document.querySelector(`footer a[href="${href}"]`)?.getBoundingClientRect();
        return { href, width: Math.floor(box?.width ?? 0), height: Math.floor(box?.height ?? 0) };
      }),
      publicPages.map((publicPage) => publicPage.path),
    );
    await context.close();
    expect(boxes.filter((box) => box.width < 24 || box.height < 24)).toEqual([]);
    expect(boxes).toHaveLength(publicPages.length);
  });
});
