/** The budget checks, the per-article formula and the search figures' medians and projection over made-up figures (no build). */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../scripts/bench/budgets.ts';
import { projectIndexingPeak } from '../../../scripts/bench/search/indexing-memory.ts';
import type { Downloaded } from '../../../scripts/bench/search/network-log.ts';
import type { SearchProbe } from '../../../scripts/bench/search/search-probe.ts';
import type { ProbeRun, QueryRun } from '../../../scripts/bench/search/search-session.ts';
import { GB, KB } from '../../../scripts/bench/report/format.ts';
import type { PageWeight, Weight } from '../../../scripts/bench/measure/page-weight.ts';
import { parseResults, perArticleMs, type BenchResults, type SearchSize, type SiteResult } from '../../../scripts/bench/results.ts';
import { spreadOf } from '../../../scripts/bench/search/search-summary.ts';

const weight = (gzip: number): Weight => ({ raw: gzip * 4, gzip, brotli: gzip - 100 });
const page = (html: number, css: number, fonts = 0): PageWeight => ({
  path: '/bai-viet/x/',
  byKind: { html: weight(html), css: weight(css), js: weight(0), fonts: weight(fonts), other: weight(200) },
  total: weight(html + css + fonts + 200),
});
const step = (seconds: number) => ({ seconds: seconds * 2, cpuSeconds: seconds, peakMainBytes: 900e6, peakTreeBytes: 1e9 });

function site(articles: number, astroSeconds: number, overrides: Partial<SiteResult> = {}): SiteResult {
  return {
    articles,
    events: articles * 2,
    markdownBytes: articles * 10_000,
    astro: step(astroSeconds),
    pagefind: step(articles / 1000),
    output: { files: articles * 2, bytes: articles * 40_000, htmlPages: articles + 50, pagefindBytes: articles * 5000 },
    scripts: { pagesScanned: articles + 49, pagesWithScript: [], scriptBytes: 0 },
    sections: [{ section: '/', pages: 1, largestPath: '/', largestBytes: 9000, largestGzipBytes: 3000 }],
    weights: { articlePages: articles, pagesSampled: 155, median: page(8 * KB, 3 * KB), heaviest: page(10 * KB, 3 * KB), heaviestFirstView: { path: '/bai-viet/x/', weight: weight(13 * KB) } },
    ...overrides,
  };
}

const files = (gzipBytes: number): Downloaded => ({ requests: 3, revalidated: 0, bytes: gzipBytes * 2, gzipBytes, gzipByKind: {}, paths: [] });
const query = (ms: number, bytes: number, complete?: number): QueryRun => ({
  query: 'q',
  msToFirstResult: ms,
  ...(complete === undefined ? {} : { msToComplete: complete }),
  results: 5,
  toFirstResult: files(bytes),
  untilIdle: files(bytes * 2),
});
const run = (first: QueryRun, later: QueryRun): ProbeRun => ({ page: files(8 * KB), first, later });

interface SearchFigures {
  /** The search page's first result, its complete search, and Pagefind alone's first result, unthrottled (4× takes four times as long). */
  pageMs: number;
  completeMs: number;
  aloneMs: number;
  /** The search page's bytes to the first result of each query. */
  firstKb: number;
  laterKb: number;
}

/** A searched build: by default the search page at 0.3× Pagefind alone, complete at 0.9×, 150 KB and 30 KB to the first results. */
function searched(articles: number, figures: Partial<SearchFigures> = {}, realSite = false): SearchSize {
  const { pageMs = 300, completeMs = 900, aloneMs = 1000, firstKb = 150, laterKb = 30 } = figures;
  const probes: SearchProbe[] = [1, 4].flatMap((throttle) => [
    { via: 'search page', throttle, bundle: 'pagefind/', runs: [run(query(pageMs * throttle, firstKb * KB, completeMs * throttle), query(100, laterKb * KB, 200))] },
    { via: 'Pagefind JS API', throttle, bundle: 'pagefind-whole/', runs: [run(query(aloneMs * throttle, 600 * KB), query(100, 80 * KB))] },
  ]);
  return { articles, realSite, layout: { indexes: 15, largestPages: Math.ceil(articles / 15) }, indexing: { project: step(articles / 1000), wholeArchive: step(articles / 500) }, probes };
}

const search = (...sizes: SearchSize[]): BenchResults['search'] => ({ sizes });
const defaultSearch = () => search(searched(3, {}, true), searched(1000), searched(10000));

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    mode: 'full',
    seed: 7,
    source: 'working tree',
    startedAt: '2026-01-01T00:00:00Z',
    minutes: 30,
    machine: { cpu: 'x', cores: 2, memoryGiB: 8, os: 'Debian', node: 'v24', chromium: 'Chromium', packages: {} },
    load: { start: 0.5, end: 0.7 },
    // 1 ms per article beyond 10 s of start-up, the same at both sizes.
    sites: [site(100, 10.1), site(1000, 11), site(10000, 20)],
    bare: [{ articles: 100, astro: step(5.1), output: site(100, 0).output }, { articles: 1000, astro: step(6), output: site(1000, 0).output }],
    search: defaultSearch(),
    ...overrides,
  };
}

const failing = (verdicts: ReturnType<typeof checkBudgets>) => verdicts.filter((verdict) => verdict.pass === false).map((verdict) => verdict.budget);

describe('perArticleMs', () => {
  it('is the slope beyond the start-up baseline', () => {
    expect(perArticleMs(results().sites, 1)).toBeCloseTo(1);
    expect(perArticleMs(results().sites, 2)).toBeCloseTo(1);
  });
  it('refuses the baseline itself', () => {
    expect(() => perArticleMs(results().sites, 0)).toThrow(/baseline/);
  });
});

describe('checkBudgets', () => {
  it('passes figures within every budget, and lists all eighteen', () => {
    const verdicts = checkBudgets(results());
    expect(verdicts).toHaveLength(18);
    expect(failing(verdicts)).toEqual([]);
  });

  it.each([
    ['first view over 14 KB', { sites: [site(100, 10.1), site(1000, 11), site(10000, 20, { weights: { ...site(1, 0).weights!, heaviestFirstView: { path: '/x/', weight: weight(14 * KB + 1) } } })] }, 'Article page HTML + its CSS'],
    ['a script on a page', { sites: [site(100, 10.1, { scripts: { pagesScanned: 10, pagesWithScript: ['/nam/'], scriptBytes: 50 } }), site(1000, 11), site(10000, 20)] }, 'JavaScript on non-search pages'],
    ['2 ms per article', { sites: [site(100, 10.1), site(1000, 11.9), site(10000, 29.9)], bare: [{ articles: 100, astro: step(5.1), output: site(100, 0).output }, { articles: 1000, astro: step(6.5), output: site(1000, 0).output }] }, 'astro build per article beyond start-up'],
    ['per-article cost growing 1.3×', { sites: [site(100, 10.1), site(1000, 11), site(10000, 10 + 1.3 * 9.9)] }, 'largest vs middle size'],
    ['a later query of 51 KB to its first result', { search: search(searched(3, {}, true), searched(1000), searched(10000, { laterKb: 51 })) }, 'later query “Halal”'],
    ['a first query of 201 KB to its first result', { search: search(searched(3, {}, true), searched(1000), searched(10000, { firstKb: 201 })) }, 'common-word query “tiêu chuẩn”'],
    ['Pagefind indexing over 1 GB', { sites: [site(100, 10.1), site(1000, 11), site(10000, 20, { pagefind: { ...step(10), peakTreeBytes: 1.1 * GB } })] }, 'Pagefind indexing peak memory'],
    ['twice the bare cost per article', { bare: [{ articles: 100, astro: step(5.1), output: site(100, 0).output }, { articles: 1000, astro: step(5.55), output: site(1000, 0).output }] }, 'Our build vs bare Astro'],
  ])('fails on %s', (_case, override, budget) => {
    expect(failing(checkBudgets(results(override as Partial<BenchResults>)))).toEqual([expect.stringContaining(budget)]);
  });

  it('allows 100 KB when the page loads a web font', () => {
    const withFont = site(10000, 20, { weights: { ...site(1, 0).weights!, heaviest: page(10 * KB, 3 * KB, 60 * KB) } });
    const verdicts = checkBudgets(results({ sites: [site(100, 10.1), site(1000, 11), withFont] }));
    expect(verdicts.find((verdict) => verdict.budget.startsWith('Whole article page'))).toMatchObject({ limit: '≤ 100 KB', pass: true });
  });

  it('says "not measured" rather than passing when search or a third size is missing', () => {
    const verdicts = checkBudgets(results({ sites: [site(30, 10), site(300, 11)], search: { sizes: [], skipped: 'no Chromium' } }));
    const unmeasured = verdicts.filter((verdict) => verdict.pass === undefined);
    expect(unmeasured.map((verdict) => verdict.budget)).toEqual([
      expect.stringContaining('Per-article cost'),
      expect.stringContaining('first result for “tiêu chuẩn” vs Pagefind alone, the real site, CPU 1×'),
      expect.stringContaining('first result for “tiêu chuẩn” vs Pagefind alone, the real site, CPU 4×'),
      expect.stringContaining('first result for “tiêu chuẩn” vs Pagefind alone, the largest archive, CPU 1×'),
      expect.stringContaining('first result for “tiêu chuẩn” vs Pagefind alone, the largest archive, CPU 4×'),
      expect.stringContaining('all results and facet counts'),
      expect.stringContaining('all results and facet counts'),
      expect.stringContaining('common-word query'),
      expect.stringContaining('later query'),
    ]);
    for (const verdict of unmeasured.slice(1)) expect(verdict.measured).toBe('not measured: no Chromium');
  });
});

describe('search budgets', () => {
  const searchVerdicts = (overrides: Partial<BenchResults>) => checkBudgets(results(overrides)).filter((verdict) => verdict.budget.startsWith('Search page'));

  it('says both figures and their ratio', () => {
    const verdict = searchVerdicts({}).find((candidate) => candidate.budget.includes('10,000 articles, CPU 1×'))!;
    expect(verdict).toMatchObject({ limit: '≤ 0.5×', measured: '300 ms vs 1,000 ms Pagefind alone = 0.30×', pass: true });
  });

  it('judges the real site at ≤ 1.0× and the time budgets at both throttles', () => {
    const slow = search(searched(3, { pageMs: 1100 }, true), searched(1000), searched(10000));
    expect(failing(searchVerdicts({ search: slow }))).toEqual([
      'Search page: time to the first result for “tiêu chuẩn” vs Pagefind alone, 3 articles (the real site), CPU 1×',
      'Search page: time to the first result for “tiêu chuẩn” vs Pagefind alone, 3 articles (the real site), CPU 4×',
    ]);
  });

  it('judges the complete search against Pagefind alone’s first results, ≤ 1.5×', () => {
    const late = search(searched(3, {}, true), searched(1000), searched(10000, { completeMs: 1600 }));
    expect(failing(searchVerdicts({ search: late }))).toEqual([expect.stringContaining('all results and facet counts'), expect.stringContaining('all results and facet counts')]);
  });

  it('reports the sizes between informatively, never as a failure', () => {
    const verdicts = searchVerdicts({ search: search(searched(3, {}, true), searched(1000, { pageMs: 5000 }), searched(10000)) });
    const informative = verdicts.filter((verdict) => verdict.pass === 'informative');
    expect(informative.map((verdict) => verdict.budget)).toEqual([expect.stringContaining('1,000 articles, CPU 1×'), expect.stringContaining('1,000 articles, CPU 4×')]);
    expect(informative[0]!.measured).toBe('5,000 ms vs 1,000 ms Pagefind alone = 5.00×');
    expect(failing(verdicts)).toEqual([]);
  });

  it('judges a throttled search against Pagefind alone on the main thread, which the throttle slows as it slows the page', () => {
    const size = searched(10000);
    // The plain API (in a worker) barely slows down; on the main thread it takes 4× as long.
    size.probes.push({ via: 'Pagefind JS API, main thread', throttle: 4, bundle: 'pagefind-whole/', runs: [run(query(8000, 590 * KB), query(400, 80 * KB))] });
    const verdicts = searchVerdicts({ search: search(searched(3, {}, true), searched(1000), size) });
    const atFour = verdicts.find((verdict) => verdict.budget.includes('first result') && verdict.budget.includes('10,000 articles, CPU 4×'))!;
    expect(atFour.measured).toBe('1,200 ms vs 8,000 ms Pagefind alone (on the main thread, which the throttle slows) = 0.15×');
    const atOne = verdicts.find((verdict) => verdict.budget.includes('first result') && verdict.budget.includes('10,000 articles, CPU 1×'))!;
    expect(atOne.measured).toBe('300 ms vs 1,000 ms Pagefind alone = 0.30×');
  });

  it('is not measured at a throttle the run did not search at', () => {
    const unthrottledOnly = searched(10000);
    unthrottledOnly.probes = unthrottledOnly.probes.filter((probe) => probe.throttle === 1);
    const verdicts = searchVerdicts({ search: search(searched(3, {}, true), unthrottledOnly) });
    const atFour = verdicts.find((verdict) => verdict.budget.includes('10,000 articles, CPU 4×'))!;
    expect(atFour).toMatchObject({ measured: 'not measured: no search page figure at CPU 4×', pass: undefined });
    expect(verdicts.find((verdict) => verdict.budget.includes('common-word'))).toMatchObject({ pass: undefined });
  });

  it('puts the one-pass reference and the projection beside the project’s indexing peak', () => {
    const memory = checkBudgets(results()).find((verdict) => verdict.budget.startsWith('Pagefind indexing peak memory'))!;
    expect(memory.measured).toBe('0.93 GB at 10,000 vs 0.93 GB in one pass over the whole archive = 1.00×; projected at 100,000: at most 0.93 GB (one pass: 9.31 GB)');
  });
});

describe('search figures', () => {
  it('keeps the median of the runs and their range', () => {
    expect(spreadOf([340, 298, 312])).toEqual({ median: 312, min: 298, max: 340, runs: 3 });
    expect(spreadOf([100, 200])).toMatchObject({ median: 150 });
    expect(spreadOf([])).toBeUndefined();
  });

  it('projects the project’s indexing peak by its growth per article, and the one-pass reference in proportion', () => {
    const at = (articles: number, project: number, whole: number): SearchSize => ({ ...searched(articles), indexing: { project: { ...step(1), peakTreeBytes: project * GB }, wholeArchive: { ...step(1), peakTreeBytes: whole * GB } } });
    const projection = projectIndexingPeak([at(3, 0.1, 0.1), at(1000, 0.3, 0.5), at(10000, 0.4, 2)])!;
    expect(projection.from.map((size) => size.articles)).toEqual([1000, 10000]);
    expect(projection.projectBytes / GB).toBeCloseTo(1.4);
    expect(projection.wholeArchiveBytes / GB).toBeCloseTo(20);
    // A smaller peak at the larger size is noise: no growth, rather than a shrinking projection.
    expect(projectIndexingPeak([at(1000, 0.5, 0.5), at(10000, 0.4, 2)])!.projectBytes / GB).toBeCloseTo(0.4);
    expect(projectIndexingPeak([at(10000, 0.4, 2)])).toBeUndefined();
  });

  it('reads a results file saved before search was measured per size as "not measured"', () => {
    const old = { ...results(), search: { via: 'search page', msToFirstResult: 300 }, pagefindOnly: { via: 'Pagefind JS API' } };
    const read = parseResults(JSON.stringify(old));
    expect(read.search).toEqual({ sizes: [], skipped: expect.stringContaining('saved before search was measured per size') });
    expect(checkBudgets(read).filter((verdict) => verdict.budget.startsWith('Search page')).every((verdict) => verdict.pass === undefined)).toBe(true);
  });
});
