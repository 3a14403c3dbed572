/**
 * Search figures as the budgets and the report read them: the median of a
 * probe's runs and their range, and which searched build each budget names
 * (the real site, the largest synthetic archive, the sizes between).
 */
import type { ProbeRun, QueryRun, SearchVia } from './search-session.ts';
import type { SearchProbe } from './search-probe.ts';
import type { SearchResults, SearchSize } from '../results.ts';

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spreadOf(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

export type QueryKey = 'first' | 'later';
export type Measure = (query: QueryRun) => number | undefined;

export const firstResultMs: Measure = (query) => query.msToFirstResult;
export const completeMs: Measure = (query) => query.msToComplete;
export const bytesToFirstResult: Measure = (query) => query.toFirstResult.gzipBytes;
export const bytesUntilIdle: Measure = (query) => query.untilIdle.gzipBytes;

export const probeOf = (size: SearchSize | undefined, via: SearchVia, throttle: number): SearchProbe | undefined =>
  size?.probes.find((probe) => probe.via === via && probe.throttle === throttle);

/** The spread of one measure of one query over a probe's runs (runs without the figure left out). */
export function measured(probe: SearchProbe | undefined, query: QueryKey, measure: Measure): Spread | undefined {
  return spreadOf((probe?.runs ?? []).map((run) => measure(run[query])).filter((value) => value !== undefined));
}

/** The run whose measure is the median (the lower one of an even count): its files stand for the probe. */
export function medianRun(probe: SearchProbe, query: QueryKey, measure: Measure): ProbeRun | undefined {
  const sorted = [...probe.runs].sort((a, b) => (measure(a[query]) ?? 0) - (measure(b[query]) ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The builds the budgets name: the real site, the largest synthetic archive, and the synthetic sizes below it (judged informatively). */
export function searchRoles(search: SearchResults): { real?: SearchSize; largest?: SearchSize; between: SearchSize[] } {
  const synthetic = search.sizes.filter((size) => !size.realSite);
  return { real: search.sizes.find((size) => size.realSite), largest: synthetic.at(-1), between: synthetic.slice(0, -1) };
}
