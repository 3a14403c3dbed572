/**
 * Search figures as the budgets and the report read them: the median of a
 * probe's runs and their range, and which searched build each budget names
 * (the real site, the largest synthetic archive, the sizes between).
 */
import { spreadOf, type Spread } from '../../shared/spread.ts';
import type { SearchResults, SearchSize } from '../results.ts';
import type { SearchProbe } from './search-probe.ts';
import type { ProbeRun, QueryRun, Scenario, SearchVia } from './search-session.ts';

export type QueryKey = 'first' | 'later';
export type Measure = (query: QueryRun) => number;

export const firstResultMs: Measure = (query) => query.msToFirstResult;
export const completeMs: Measure = (query) => query.msToComplete;
export const bytesToFirstResult: Measure = (query) => query.toFirstResult.gzipBytes;
export const bytesUntilIdle: Measure = (query) => query.untilIdle.gzipBytes;

export const probeOf = (size: SearchSize | undefined, scenario: Scenario, via: SearchVia, throttle: number): SearchProbe | undefined =>
  size?.probes.find((probe) => probe.scenario === scenario && probe.via === via && probe.throttle === throttle);

/** The spread of one measure of one query over a probe's runs. */
export const measured = (probe: SearchProbe | undefined, query: QueryKey, measure: Measure): Spread | undefined =>
  spreadOf((probe?.runs ?? []).map((run) => measure(run[query])));

/** The run whose measure is the median (the lower one of an even count): its files stand for the probe. */
export function medianRun(probe: SearchProbe, query: QueryKey, measure: Measure): ProbeRun | undefined {
  const sorted = [...probe.runs].sort((a, b) => measure(a[query]) - measure(b[query]));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The builds the budgets name: the real site, the largest synthetic archive, and the synthetic sizes below it (judged informatively). */
export function searchRoles(search: SearchResults): { real?: SearchSize; largest?: SearchSize; between: SearchSize[] } {
  const synthetic = search.sizes.filter((size) => !size.realSite);
  return { real: search.sizes.find((size) => size.realSite), largest: synthetic.at(-1), between: synthetic.slice(0, -1) };
}
