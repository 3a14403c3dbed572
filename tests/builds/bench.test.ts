/**
 * `npm run bench -- --quick` works: the quick plan's archives (60 articles
 * beside the 20-article baseline) are built and measured and the report
 * carries every figure. Times and budgets are not asserted here (a shared
 * machine makes them noisy); `npm run bench` judges them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../scripts/shared/chromium.ts';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { inHeavySlot } from '../helpers/heavy-slots.ts';
import { ASSET_KINDS } from '../../scripts/bench/measure/page-weight.ts';
import { parseOptions } from '../../scripts/bench/options.ts';
import { keptAnalysis } from '../../scripts/bench/report/report.ts';
import type { BenchResults } from '../../scripts/bench/results.ts';

const outDir = mkdtempSync(join(tmpdir(), 'stameq-bench-test-'));
const reportFile = join(outDir, 'BENCHMARKS.md');
/** The sizes `--quick` builds, its largest archive, and how it searches. */
const { sizes, search: plan } = parseOptions(['--quick'], projectRoot);
const articles = sizes.at(-1)!;

describe('npm run bench -- --quick', () => {
  let results: BenchResults;
  let report: string;

  beforeAll(async () => {
    // A hand-written analysis in an existing report must survive the run.
    writeFileSync(reportFile, '<!-- analysis: written by people, kept by `npm run bench` -->\nPhân tích giữ nguyên.\n<!-- end of analysis -->\n');
    // One heavy slot: the benchmark builds, indexes and searches one step at a time.
    const run = await inHeavySlot(() =>
      spawnSync('npm', ['run', 'bench', '--', '--quick', '--out', reportFile, '--json', join(outDir, 'results.json')], {
        cwd: projectRoot,
        encoding: 'utf8',
        // Generous: the machine may be shared with other builds.
        timeout: 540_000,
      }),
    );
    if (run.status !== 0) throw new Error(`npm run bench -- --quick failed:\n${run.stdout}\n${run.stderr}`);
    results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as BenchResults;
    report = readFileSync(reportFile, 'utf8');
  }, 600_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`builds the baseline and ${articles} articles, our site and the bare reference`, () => {
    expect(sizes).toEqual([20, 60]);
    expect(results.sites.map((site) => site.articles)).toEqual(sizes);
    expect(results.bare.map((bare) => bare.articles)).toEqual(sizes);
    for (const build of [...results.sites, ...results.bare]) {
      expect(build.astro.seconds).toBeGreaterThan(0);
      expect(build.astro.peakMainBytes).toBeGreaterThan(50 * 2 ** 20);
      expect(build.astro.peakTreeBytes).toBeGreaterThanOrEqual(build.astro.peakMainBytes);
      expect(build.output.htmlPages).toBeGreaterThanOrEqual(build.articles);
    }
    for (const site of results.sites) {
      expect(site.pagefind.seconds).toBeGreaterThan(0);
      expect(site.output.pagefindBytes).toBeGreaterThan(0);
      // Every page but the search page is scanned for script.
      expect(site.scripts.pagesScanned).toBe(site.output.htmlPages - 1);
    }
  });

  it('sizes every section of the site, the home page and article pages included', () => {
    const sections = results.sites[1]!.sections;
    expect(sections.find((section) => section.section === '/')?.pages).toBe(1);
    // Each article has its page and its capture page (ban-luu/).
    expect(sections.find((section) => section.section === '/bai-viet/')?.pages).toBe(2 * articles);
    for (const section of sections) expect(section.largestGzipBytes).toBeGreaterThan(200);
  });

  it('weighs article pages by type, compressed smaller than raw', () => {
    const weights = results.sites[1]!.weights!;
    expect(weights.articlePages).toBe(articles);
    expect(weights.pagesSampled).toBeGreaterThanOrEqual(25);
    const { html, css } = weights.heaviest.byKind;
    expect(html.gzip).toBeGreaterThan(1024);
    expect(html.brotli).toBeLessThan(html.gzip);
    expect(html.gzip).toBeLessThan(html.raw);
    expect(css.gzip).toBeGreaterThan(0);
    const sum = ASSET_KINDS.reduce((total, kind) => total + weights.heaviest.byKind[kind].gzip, 0);
    expect(weights.heaviest.total.gzip).toBe(sum);
  });

  it('indexes the largest archive again in one Pagefind pass, measured like the project’s step', () => {
    expect(plan).toMatchObject({ sizes: [articles], realSite: false, throttles: [1, 4], runs: 1 });
    expect(results.search.sizes.map((size) => size.articles)).toEqual([articles]);
    const [searched] = results.search.sizes;
    expect(searched!.indexing.wholeArchive.seconds).toBeGreaterThan(0);
    expect(searched!.indexing.wholeArchive.peakTreeBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(searched!.indexing.project).toEqual(results.sites.at(-1)!.pagefind);
    expect(searched!.layout.indexes).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!hasChromium)('searches in both scenarios through the page and Pagefind’s API page, unthrottled and at 4×, splitting the bytes at the first results', () => {
    const { probes } = results.search.sizes[0]!;
    expect(probes.map((probe) => `${probe.scenario}: ${probe.via} ${probe.throttle}× ${probe.bundle}`)).toEqual(
      ['shared link', 'typed'].flatMap((scenario) => [
        `${scenario}: search page 1× pagefind/`,
        `${scenario}: Pagefind JS API 1× pagefind-whole/`,
        `${scenario}: search page 4× pagefind/`,
        `${scenario}: Pagefind JS API 4× pagefind-whole/`,
        `${scenario}: Pagefind JS API, main thread 4× pagefind-whole/`,
      ]),
    );
    for (const probe of probes) {
      expect(probe.runs).toHaveLength(1);
      const { first, later, page } = probe.runs[0]!;
      // The page itself: its HTML at least, and no search file.
      expect(page.paths.some((path) => path.endsWith('/'))).toBe(true);
      for (const query of [first, later]) {
        expect(query.results).toBeGreaterThan(0);
        expect(query.msToFirstResult).toBeGreaterThan(0);
        expect(query.msToComplete).toBeGreaterThanOrEqual(query.msToFirstResult);
        expect(query.untilIdle.gzipBytes).toBeGreaterThanOrEqual(query.toFirstResult.gzipBytes);
      }
      // The first query counts what the page loaded before it: the engine's script and an index chunk at least.
      expect(first.toFirstResult.paths).toEqual(expect.arrayContaining([`${probe.bundle}pagefind.js`]));
      expect(first.toFirstResult.paths.some((path) => path.startsWith(probe.bundle) && path.endsWith('.pf_index'))).toBe(true);
      // Both pages are timed to the same moment: three results on screen ("tiêu chuẩn" finds more).
      expect(first.results).toBe(3);
    }
  });

  it('reports every budget, the search and indexing tables, the machine and versions, and keeps the analysis', () => {
    for (const budget of [
      'first view, HTML + its CSS',
      'Largest timeline page',
      'JavaScript on non-search pages',
      'Whole article page',
      'per article beyond start-up (CPU time) vs bare Astro',
      'peak memory (all processes, no heap flag) vs bare Astro',
      'Search, shared link: time to the first result',
      'Search, typed: time to the first result',
      'Search, shared link: time to all results and facet counts',
      'Search, typed: time to all results and facet counts',
      'Search page: bytes to the first result, common-word query “tiêu chuẩn”',
      'Search page: bytes to the first result, later query “Halal”',
      "Pagefind indexing peak memory (the project's step, all processes)",
    ]) {
      expect(report).toContain(budget);
    }
    for (const section of ['## Search', '### Time to the first result and to the complete search', '### Downloaded (gzip host)', '## Pagefind indexing memory', 'One pass over the whole archive']) {
      expect(report).toContain(section);
    }
    if (hasChromium) for (const scenario of ['shared link', 'typed']) expect(report).toContain(`| ${articles} | ${scenario} | 4× | search page | \`pagefind/\` |`);
    expect(report).toContain(`Node ${process.version.split('.')[0]}`);
    expect(report).toMatch(/astro 7\.\d+\.\d+/);
    expect(report).toContain('Quick run');
    expect(keptAnalysis(reportFile)).toBe('Phân tích giữ nguyên.');
  });
});
