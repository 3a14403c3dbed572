/**
 * The site built for a sub-path (BASE_PATH=/luu-tru/) works there: every
 * link, asset, form, sharing-card and JSON-LD URL, feed entry and sitemap
 * entry resolves to a built file under the base, and the search bundle loads
 * and finds articles in Chromium. Builds a copy of the project for it
 * (tests/builds/temp-project.ts), removed afterwards.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { copyProject, removeProject, runBuild, type TempProject } from '../builds/temp-project.ts';
import { builtPages, fileForPath, type BuiltPage } from '../helpers/dist.ts';
import { useHeavySlot } from '../helpers/heavy-slots.ts';
import { borrowChromium, returnChromium } from '../helpers/shared-chromium.ts';
import { pageReferences, stylesheetReferences } from '../helpers/references.ts';
import { builtSecurityHeaders } from '../helpers/security-headers.ts';
import { filesBelow } from '../../scripts/shared/sizes.ts';
import { serveStatic, type StaticSite } from '../../scripts/shared/static-server.ts';
import { readFeed, sitemapLocations } from '../helpers/xml-files.ts';

const origin = 'https://example.org';
const base = '/luu-tru/';
let project: TempProject | undefined;
let dist = '';

/** Undefined when the address works from the sub-path build; otherwise what is wrong with it. */
function problemWith(reference: string, from: string): string | undefined {
  const url = new URL(reference, origin + from);
  if (url.origin !== origin) return undefined;
  if (!url.pathname.startsWith(base)) return 'is outside the base path';
  return fileForPath(url.pathname, dist, base) ? undefined : 'was not built';
}

function filesEndingWith(dir: string, suffix: string): string[] {
  return filesBelow(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

let pages: BuiltPage[] = [];
beforeAll(async () => {
  project = copyProject('subpath');
  dist = project.outDir;
  // runBuild leaves out Vitest's own variables: a build that inherits Vite's BASE_URL="/" renders every link at "/".
  const build = await runBuild(project, { BASE_PATH: base, SITE_URL: origin });
  if (build.status !== 0) throw new Error(`the sub-path build failed:\n${build.output}`);
  pages = builtPages(dist, base);
}, 300_000);
afterAll(() => {
  if (project) removeProject(project);
});

describe(`a build for ${origin}${base}`, () => {
  it('resolves every address on every page under the base', () => {
    expect(pages.length).toBeGreaterThan(5);
    const broken = pages.flatMap((page) =>
      pageReferences(page.$).flatMap((reference) => {
        const problem = problemWith(reference, page.path);
        return problem ? [`${page.path} → ${reference} ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('resolves every url() in the stylesheets', () => {
    const broken = filesEndingWith(dist, '.css').flatMap((file) => {
      const from = base + relative(dist, file);
      return stylesheetReferences(readFileSync(file, 'utf8')).flatMap((reference) => {
        const problem = problemWith(reference, from);
        return problem ? [`${from} → ${reference} ${problem}`] : [];
      });
    });
    expect(broken).toEqual([]);
  });

  it('gives every feed its own address and working article links', () => {
    const feeds = filesEndingWith(dist, 'rss.xml');
    expect(feeds.length).toBeGreaterThan(2);
    const broken = feeds.flatMap((file) => {
      const feed = readFeed(file);
      const from = base + relative(dist, file);
      return [feed.self, feed.link, ...feed.items.map((item) => item.link)].flatMap((link) => {
        const problem = link.startsWith(`${origin}${base}`) ? problemWith(link, from) : 'is not absolute under the base';
        return problem ? [`${from} → ${link} ${problem}`] : [];
      });
    });
    expect(broken).toEqual([]);
  });

  it('lists only working pages in the sitemap, and robots.txt finds it', () => {
    const locations = sitemapLocations(join(dist, 'sitemap-index.xml'), dist, base);
    // Every indexable page, and the six data downloads (CSV and JSON of three tables).
    expect(locations.length).toBe(pages.filter((page) => page.$('link[rel="canonical"]').length > 0).length + 6);
    expect(locations.filter((location) => !location.startsWith(`${origin}${base}`) || problemWith(location, base))).toEqual([]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
  });

  it('scopes the security headers to the base path', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/luu-tru\/\*$/m);
  });
});

describe.skipIf(!hasChromium)(`search in Chromium under ${base}`, () => {
  let browser: Browser;
  let site: StaticSite;
  useHeavySlot();
  beforeAll(async () => {
    [browser, site] = await Promise.all([borrowChromium(), serveStatic(dist, { base, headers: builtSecurityHeaders(dist) })]);
  });
  afterAll(async () => {
    await Promise.all([returnChromium(browser), site?.close()]);
  });

  it('loads the search bundle, finds articles and links them under the base', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.url}tim-kiem/?q=ISO`);
    const firstResult = page.locator('[data-search-app] a[href*="bai-viet/"]').first();
    await firstResult.waitFor({ timeout: 15_000 });
    const href = await firstResult.getAttribute('href');
    expect(href).toMatch(/^\/luu-tru\/bai-viet\//);
    await Promise.all([page.waitForURL(/\/luu-tru\/bai-viet\//), firstResult.click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    expect(failed).toEqual([]);
    await page.close();
  });
});
