/**
 * Lighthouse with its default mobile settings (emulated phone, simulated slow
 * 4G and CPU), driving Debian's Chromium through chrome-launcher. Shared by
 * tests/quality/lighthouse.test.ts (accessibility, best practices, SEO) and
 * `npm run audit` (all four, written to tests/reports/lighthouse.md).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../shared/chromium.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface PageAudit {
  url: string;
  /** 0–100 per category run. */
  scores: Partial<Record<Category, number>>;
  /** "category: audit title" for each scored audit that did not pass in full. */
  shortfalls: string[];
  /** Lab metrics shown in the report, e.g. { LCP: '0.8 s' }; empty unless performance ran. */
  metrics: Record<string, string>;
  /** Lighthouse and browser versions, for the report. */
  environment: string;
}

const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' };

/** Audits each URL in turn in one Chromium (Lighthouse needs the tab to itself). */
export async function auditUrls(urls: readonly string[], only: readonly Category[]): Promise<PageAudit[]> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless=new'], logLevel: 'error' });
  try {
    const audits: PageAudit[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...only] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores: PageAudit['scores'] = {};
      const shortfalls: string[] = [];
      for (const category of only) {
        const report = lhr.categories[category]!;
        scores[category] = Math.round((report.score ?? 0) * 100);
        for (const ref of report.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) shortfalls.push(`${category}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
      const metrics = only.includes('performance')
        ? Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.displayValue ?? '?']))
        : {};
      const browser = /(HeadlessChrome|Chrome)\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium';
      audits.push({ url, scores, shortfalls, metrics, environment: `Lighthouse ${lhr.lighthouseVersion}, ${browser}` });
    }
    return audits;
  } finally {
    chrome.kill();
  }
}
