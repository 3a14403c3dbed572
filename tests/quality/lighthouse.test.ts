/**
 * Lighthouse, mobile settings, on the home page, an article, the search page,
 * the timeline and a partner page: 100 in accessibility, best practices and
 * SEO. Those three do not depend on timing, so they are asserted here; the
 * performance score does, and is reported by `npm run audit` instead.
 * A page that was not built fails its test rather than being skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { auditedPages } from '../../scripts/audit/audited-pages.ts';
import { defaultDist, fileForPath } from '../helpers/dist.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { auditUrls, type PageAudit } from '../../scripts/audit/lighthouse.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';

const pages = auditedPages();
const built = pages.filter((page) => fileForPath(page.path));

describe.skipIf(!hasChromium)('Lighthouse (mobile)', () => {
  let site: StaticSite;
  const audits = new Map<string, PageAudit>();
  useHeavySlot();

  beforeAll(async () => {
    site = await serveStatic(defaultDist);
    const urls = built.map((page) => new URL(page.path.slice(1), site.url).href);
    const results = await auditUrls(urls, ['accessibility', 'best-practices', 'seo']);
    built.forEach((page, index) => audits.set(page.path, results[index]!));
  }, 300_000);
  afterAll(async () => {
    await site?.close();
  });

  it.each(pages.map((page) => [page.name, page.path] as const))('%s (%s) scores 100 in accessibility, best practices and SEO', (_name, path) => {
    const audit = audits.get(path);
    expect(audit, `no page was built at ${path}`).toBeDefined();
    expect({ scores: audit!.scores, shortfalls: audit!.shortfalls }).toEqual({
      scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
      shortfalls: [],
    });
  });
});
