/**
 * The search budgets (issue 18). Time is judged in both scenarios and at
 * both CPU rates on the search page against Pagefind's plain JS API over the
 * one-pass reference bundle, prepared the same way, in the same run, on the
 * medians of the runs. At 4× the page is judged against Pagefind on the main
 * thread: Chromium's throttle slows the page's main thread and not
 * Pagefind's worker, so the plain API would be timed on an unslowed CPU.
 * Also the bytes to the first results and the indexing memory, with the
 * one-pass reference and the projection to 100,000.
 */
import { KB, GB, count, gb, kb, ratio, wholeMs } from '../report/format.ts';
import type { BenchResults, SearchSize } from '../results.ts';
import { judged, notMeasured, type Verdict } from '../verdict.ts';
import { projectIndexingPeak, PROJECTED_ARTICLES } from './indexing-memory.ts';
import { QUERIES, SCENARIOS, type Scenario, type SearchVia } from './search-session.ts';
import { bytesToFirstResult, completeMs, firstResultMs, measured, probeOf, searchRoles, type Measure, type QueryKey } from './search-summary.ts';

const THROTTLES = [1, 4] as const;

const sizeLabel = (size: SearchSize) => `${count(size.articles)} articles${size.realSite ? ' (the real site)' : ''}`;

const aloneVia = (size: SearchSize, scenario: Scenario, throttle: number): SearchVia =>
  throttle > 1 && probeOf(size, scenario, 'Pagefind JS API, main thread', throttle) ? 'Pagefind JS API, main thread' : 'Pagefind JS API';

/** The search page's median and Pagefind alone's (its first results), or undefined when either is missing. */
function compare(size: SearchSize, scenario: Scenario, throttle: number, query: QueryKey, pageMeasure: Measure, aloneMeasure: Measure) {
  const via = aloneVia(size, scenario, throttle);
  const page = measured(probeOf(size, scenario, 'search page', throttle), query, pageMeasure);
  const alone = measured(probeOf(size, scenario, via, throttle), query, aloneMeasure);
  return page && alone ? { page: page.median, alone: alone.median, mainThread: via !== 'Pagefind JS API' } : undefined;
}

interface TimeBudget {
  what: string;
  measure: Measure;
  /** undefined: reported, not judged. */
  limit: number | undefined;
}

function timeVerdict(results: BenchResults, budget: TimeBudget, scenario: Scenario, size: SearchSize | undefined, missingSize: string): Verdict {
  const name = `Search, ${scenario}: ${budget.what} for “${QUERIES[0]}” vs Pagefind alone's first results, ${size ? sizeLabel(size) : missingSize}`;
  const limit = budget.limit === undefined ? 'none (informative)' : `≤ ${budget.limit.toFixed(1)}×`;
  if (!size || size.probes.length === 0) return notMeasured(name, limit, results.search.skipped ?? `${missingSize} was not searched in this run`);
  const figures: Record<string, number | undefined> = {};
  const parts = THROTTLES.map((throttle) => {
    const found = compare(size, scenario, throttle, 'first', budget.measure, firstResultMs);
    const key = `CPU ${throttle}×`;
    figures[key] = found && found.page / found.alone;
    if (!found) return `${key}: not measured`;
    return `${key}: ${wholeMs(found.page)} vs ${wholeMs(found.alone)}${found.mainThread ? ' (Pagefind on the main thread)' : ''} = ${ratio(found.page / found.alone)}`;
  });
  const verdict = judged(name, budget.limit ?? Infinity, limit, parts.join('; '), figures);
  return budget.limit === undefined ? { ...verdict, pass: 'informative' } : verdict;
}

/** Bytes to the first result: an absolute limit, judged in both scenarios at every throttle (the files that arrive first may differ). */
function bytesVerdict(results: BenchResults, size: SearchSize | undefined, query: QueryKey, what: string, limitKb: number): Verdict {
  const name = `Search page: bytes to the first result, ${what} “${QUERIES[query === 'first' ? 0 : 1]}”, ${size ? sizeLabel(size) : 'the largest archive'} (gzip host)`;
  if (!size || size.probes.length === 0) return notMeasured(name, `≤ ${limitKb} KB`, results.search.skipped ?? 'no synthetic archive was searched');
  const figures: Record<string, number | undefined> = {};
  const parts = SCENARIOS.flatMap((scenario) =>
    THROTTLES.map((throttle) => {
      const found = compare(size, scenario, throttle, query, bytesToFirstResult, bytesToFirstResult);
      const key = `${scenario}, CPU ${throttle}×`;
      figures[key] = found?.page;
      return found ? `${key}: ${kb(found.page)} (Pagefind alone ${kb(found.alone)})` : `${key}: not measured`;
    }),
  );
  return judged(name, limitKb * KB, `≤ ${limitKb} KB`, parts.join('; '), figures);
}

/** The project's indexing step at the largest size, beside the one-pass reference and the projection. */
function indexingVerdict(results: BenchResults): Verdict {
  const largest = results.sites.at(-1)!;
  const project = largest.pagefind.peakTreeBytes;
  const searched = results.search.sizes.find((size) => !size.realSite && size.articles === largest.articles);
  const whole = searched?.indexing.wholeArchive.peakTreeBytes;
  const reference = whole ? ` vs ${gb(whole)} in one pass over the whole archive = ${ratio(project / whole)}` : ' (the one-pass reference was not made at this size)';
  const projection = projectIndexingPeak(results.search.sizes);
  const projected = projection
    ? `; projected at ${count(PROJECTED_ARTICLES)}: at most ${gb(projection.projectBytes)} (one pass: ${gb(projection.wholeArchiveBytes)})`
    : `; no projection to ${count(PROJECTED_ARTICLES)}: it needs two searched synthetic sizes`;
  return judged("Pagefind indexing peak memory (the project's step, all processes)", GB, '≤ 1 GB', `${gb(project)} at ${count(largest.articles)}${reference}${projected}`, { bytes: project });
}

const FIRST: Omit<TimeBudget, 'limit'> = { what: 'time to the first result', measure: firstResultMs };
const COMPLETE: TimeBudget = { what: 'time to all results and facet counts', measure: completeMs, limit: 1.5 };

export function searchVerdicts(results: BenchResults): Verdict[] {
  const { real, largest, between } = searchRoles(results.search);
  return [
    ...SCENARIOS.flatMap((scenario) => [
      timeVerdict(results, { ...FIRST, limit: 1.0 }, scenario, real, 'the real site'),
      ...between.map((size) => timeVerdict(results, { ...FIRST, limit: undefined }, scenario, size, '')),
      timeVerdict(results, { ...FIRST, limit: 0.5 }, scenario, largest, 'the largest archive'),
      timeVerdict(results, COMPLETE, scenario, largest, 'the largest archive'),
    ]),
    bytesVerdict(results, largest, 'first', 'common-word query', 200),
    bytesVerdict(results, largest, 'later', 'later query', 50),
    indexingVerdict(results),
  ];
}
