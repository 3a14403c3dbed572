/**
 * axe-core in a Playwright page under the WCAG 2.2 AA rule sets, for every
 * test that checks a page's accessibility. The page must be opened with
 * bypassCSP: the site's Content-Security-Policy rightly refuses the injected script.
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Adds axe to the loaded page (once per navigation). */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: axeScript });
}

/** One line per violation: rule, impact, help and the first few elements. */
function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/** The page's violations as it stands now; only they travel back from the page (resultTypes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    WCAG_22_AA,
  );
  return describeViolations(found);
}
