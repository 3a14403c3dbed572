/**
 * Issue 11's search budgets. Each is judged on the search page against
 * Pagefind's plain JS API over the one-pass reference bundle in the same
 * run, on the medians of the runs, unthrottled and with the CPU slowed 4×;
 * each verdict gives both figures and their ratio. A figure the run lacks
 * makes the verdict "not measured", never a pass. Also the indexing memory
 * budget, with the one-pass reference and the projection to 100,000.
 */
import type { Verdict } from '../budgets.ts';
import { projectIndexingPeak, PROJECTED_ARTICLES } from './indexing-memory.ts';
import { QUERIES, type SearchVia } from './search-session.ts';
import { GB, KB, count, gb, kb, ratio, wholeMs } from '../report/format.ts';
import type { BenchResults, SearchSize } from '../results.ts';
import { bytesToFirstResult, completeMs, firstResultMs, measured, probeOf, searchRoles, type Measure, type QueryKey } from './search-summary.ts';

/** Every timed budget is judged unthrottled and at Lighthouse's phone setting. */
const THROTTLES = [1, 4] as const;

const sizeLabel = (size: SearchSize) => `${count(size.articles)} articles${size.realSite ? ' (the real site)' : ''}`;

/**
 * Pagefind alone as the search page is judged against: the plain API, but
 * on the main thread when the CPU is throttled — Chromium's throttle slows
 * the page's main thread (where the search page searches) and not
 * Pagefind's worker, so the plain API would be timed on an unslowed CPU.
 */
const aloneVia = (size: SearchSize, throttle: number): SearchVia =>
  throttle > 1 && probeOf(size, 'Pagefind JS API, main thread', throttle) ? 'Pagefind JS API, main thread' : 'Pagefind JS API';

/** The search page's median and Pagefind alone's, or why one is missing. */
function compare(results: BenchResults, size: SearchSize, throttle: number, query: QueryKey, pageMeasure: Measure, aloneMeasure: Measure): { page: number; alone: number } | string {
  if (size.probes.length === 0) return results.search.skipped ?? 'not searched in Chromium';
  const page = measured(probeOf(size, 'search page', throttle), query, pageMeasure);
  const alone = measured(probeOf(size, aloneVia(size, throttle), throttle), query, aloneMeasure);
  if (!page) return `no search page figure at CPU ${throttle}×`;
  if (!alone) return `no Pagefind JS API figure at CPU ${throttle}×`;
  return { page: page.median, alone: alone.median };
}

interface RatioBudget {
  what: string;
  /** undefined: reported, not judged. */
  limit: number | undefined;
  pageMeasure: Measure;
  aloneMeasure: Measure;
  /** How Pagefind alone's figure is named in the verdict. */
  alone: string;
}

function ratioVerdict(results: BenchResults, budget: RatioBudget, size: SearchSize | undefined, missingSize: string, throttle: number): Verdict {
  const name = `Search page: ${budget.what}, ${size ? sizeLabel(size) : missingSize}, CPU ${throttle}×`;
  const limit = budget.limit === undefined ? 'none (informative)' : `≤ ${budget.limit.toFixed(1)}×`;
  if (!size) return { budget: name, limit, measured: `not measured: ${results.search.skipped ?? `${missingSize} was not searched in this run`}`, pass: undefined };
  const figures = compare(results, size, throttle, 'first', budget.pageMeasure, budget.aloneMeasure);
  if (typeof figures === 'string') return { budget: name, limit, measured: `not measured: ${figures}`, pass: undefined };
  const value = figures.page / figures.alone;
  const where = aloneVia(size, throttle) === 'Pagefind JS API, main thread' ? ' (on the main thread, which the throttle slows)' : '';
  return {
    budget: name,
    limit,
    measured: `${wholeMs(figures.page)} vs ${wholeMs(figures.alone)} ${budget.alone}${where} = ${ratio(value)}`,
    pass: budget.limit === undefined ? 'informative' : value <= budget.limit,
  };
}

/** Bytes to the first result: an absolute limit, judged at every throttle (the files that arrive first may differ). */
function bytesVerdict(results: BenchResults, size: SearchSize | undefined, query: QueryKey, what: string, limitKb: number): Verdict {
  const name = `Search page: bytes to the first result, ${what} “${QUERIES[query === 'first' ? 0 : 1]}”, ${size ? sizeLabel(size) : 'the largest archive'} (gzip host)`;
  const limit = `≤ ${limitKb} KB`;
  if (!size) return { budget: name, limit, measured: `not measured: ${results.search.skipped ?? 'no synthetic archive was searched'}`, pass: undefined };
  const figures = THROTTLES.map((throttle) => ({ throttle, figures: compare(results, size, throttle, query, bytesToFirstResult, bytesToFirstResult) }));
  const parts = figures.map(({ throttle, figures: found }) =>
    typeof found === 'string' ? `CPU ${throttle}×: not measured (${found})` : `CPU ${throttle}×: ${kb(found.page)} vs ${kb(found.alone)} Pagefind alone = ${ratio(found.page / found.alone)}`,
  );
  const measuredPages = figures.flatMap(({ figures: found }) => (typeof found === 'string' ? [] : [found.page]));
  const over = measuredPages.some((bytes) => bytes > limitKb * KB);
  return { budget: name, limit, measured: parts.join('; '), pass: over ? false : measuredPages.length === figures.length ? true : undefined };
}

/** The project's indexing step at the largest size, beside the one-pass reference and the projection. */
function indexingVerdict(results: BenchResults): Verdict {
  const largest = results.sites.at(-1)!;
  const project = largest.pagefind.peakTreeBytes;
  const searched = results.search.sizes.find((size) => !size.realSite && size.articles === largest.articles);
  const reference = searched
    ? ` vs ${gb(searched.indexing.wholeArchive.peakTreeBytes)} in one pass over the whole archive = ${ratio(project / searched.indexing.wholeArchive.peakTreeBytes)}`
    : ' (the one-pass reference was not made at this size)';
  const projection = projectIndexingPeak(results.search.sizes);
  const projected = projection
    ? `; projected at ${count(PROJECTED_ARTICLES)}: at most ${gb(projection.projectBytes)} (one pass: ${gb(projection.wholeArchiveBytes)})`
    : `; no projection to ${count(PROJECTED_ARTICLES)}: it needs two searched synthetic sizes`;
  return {
    budget: "Pagefind indexing peak memory (the project's step, all processes)",
    limit: '≤ 1 GB',
    measured: `${gb(project)} at ${count(largest.articles)}${reference}${projected}`,
    pass: project <= GB,
  };
}

const FIRST_RESULT: Omit<RatioBudget, 'limit'> = {
  what: `time to the first result for “${QUERIES[0]}” vs Pagefind alone`,
  pageMeasure: firstResultMs,
  aloneMeasure: firstResultMs,
  alone: 'Pagefind alone',
};
const COMPLETE: RatioBudget = {
  what: `all results and facet counts for “${QUERIES[0]}” vs Pagefind alone's first results`,
  limit: 1.5,
  pageMeasure: completeMs,
  aloneMeasure: firstResultMs,
  alone: "Pagefind alone's first results",
};

export function searchVerdicts(results: BenchResults): Verdict[] {
  const { real, largest, between } = searchRoles(results.search);
  return [
    ...THROTTLES.map((throttle) => ratioVerdict(results, { ...FIRST_RESULT, limit: 1.0 }, real, 'the real site', throttle)),
    ...between.flatMap((size) => THROTTLES.map((throttle) => ratioVerdict(results, { ...FIRST_RESULT, limit: undefined }, size, '', throttle))),
    ...THROTTLES.map((throttle) => ratioVerdict(results, { ...FIRST_RESULT, limit: 0.5 }, largest, 'the largest archive', throttle)),
    ...THROTTLES.map((throttle) => ratioVerdict(results, COMPLETE, largest, 'the largest archive', throttle)),
    bytesVerdict(results, largest, 'first', 'common-word query', 200),
    bytesVerdict(results, largest, 'later', 'later query', 50),
    indexingVerdict(results),
  ];
}
