/** The budget checks and the per-article formula over made-up figures (no build). */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../scripts/bench/budgets.ts';
import { KB } from '../../../scripts/bench/report/format.ts';
import type { PageWeight, Weight } from '../../../scripts/bench/measure/page-weight.ts';
import { perArticleMs, type BenchResults, type SiteResult } from '../../../scripts/bench/results.ts';

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
    search: { via: 'search page', queries: ['a', 'b'], articles: 10000, msToFirstResult: 300, firstResults: 10, page: { requests: 3, bytes: 30_000, gzipBytes: 9000, gzipByKind: {}, paths: [] }, first: { requests: 9, bytes: 300_000, gzipBytes: 150 * KB, gzipByKind: {}, paths: [] }, second: { requests: 4, bytes: 20_000, gzipBytes: 20 * KB, gzipByKind: {}, paths: [] } },
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
  it('passes figures within every budget, and lists all nine', () => {
    const verdicts = checkBudgets(results());
    expect(verdicts).toHaveLength(9);
    expect(failing(verdicts)).toEqual([]);
  });

  it.each([
    ['first view over 14 KB', { sites: [site(100, 10.1), site(1000, 11), site(10000, 20, { weights: { ...site(1, 0).weights!, heaviestFirstView: { path: '/x/', weight: weight(14 * KB + 1) } } })] }, 'Article page HTML + its CSS'],
    ['a script on a page', { sites: [site(100, 10.1, { scripts: { pagesScanned: 10, pagesWithScript: ['/nam/'], scriptBytes: 50 } }), site(1000, 11), site(10000, 20)] }, 'JavaScript on non-search pages'],
    ['2 ms per article', { sites: [site(100, 10.1), site(1000, 11.9), site(10000, 29.9)], bare: [{ articles: 100, astro: step(5.1), output: site(100, 0).output }, { articles: 1000, astro: step(6.5), output: site(1000, 0).output }] }, 'astro build per article beyond start-up'],
    ['per-article cost growing 1.3×', { sites: [site(100, 10.1), site(1000, 11), site(10000, 10 + 1.3 * 9.9)] }, 'largest vs middle size'],
    ['a second query of 26 KB', { search: { ...(results().search as Extract<BenchResults['search'], { via: string }>), second: { requests: 5, bytes: 0, gzipBytes: 26 * KB, gzipByKind: {}, paths: [] } } }, 'Pagefind later query'],
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
    const verdicts = checkBudgets(results({ sites: [site(30, 10), site(300, 11)], search: { skipped: 'no Chromium' } }));
    const unmeasured = verdicts.filter((verdict) => verdict.pass === undefined).map((verdict) => verdict.budget);
    expect(unmeasured).toEqual([expect.stringContaining('Per-article cost'), expect.stringContaining('first query'), expect.stringContaining('later query')]);
  });
});
