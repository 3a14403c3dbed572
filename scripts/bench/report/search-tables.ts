/** The report's search and indexing-memory tables, as Markdown: medians of the runs, with their range. */
import { projectIndexingPeak } from '../search/indexing-memory.ts';
import type { Downloaded } from '../search/network-log.ts';
import type { SearchProbe } from '../search/search-probe.ts';
import { QUERIES } from '../search/search-session.ts';
import type { BenchResults, SearchSize } from '../results.ts';
import { bytesToFirstResult, bytesUntilIdle, completeMs, firstResultMs, measured, medianRun, type Measure, type QueryKey } from '../search/search-summary.ts';
import type { Spread } from '../../shared/spread.ts';
import { KB, count, gb, kb, oneDecimal, ratio, seconds, wholeMs } from './format.ts';
import { table } from './report-tables.ts';

const articlesLabel = (size: SearchSize) => `${count(size.articles)}${size.realSite ? ' (real site)' : ''}`;

/** A figure with its unit, and the same without (for a range beside it). */
interface Unit {
  format: (value: number) => string;
  bare: (value: number) => string;
}
const MS: Unit = { format: wholeMs, bare: (value) => count(Math.round(value)) };
const KBYTES: Unit = { format: kb, bare: (value) => oneDecimal(value / KB) };

/** "312 ms (298–340)": the median, and the range of the runs when they differ. */
function spreadText(spread: Spread | undefined, unit: Unit): string {
  if (!spread) return '—';
  const [min, max] = [unit.bare(spread.min), unit.bare(spread.max)];
  return min === max ? unit.format(spread.median) : `${unit.format(spread.median)} (${min}–${max})`;
}

const rows = (results: BenchResults, cells: (probe: SearchProbe) => string[]) =>
  results.search.sizes.flatMap((size) => size.probes.map((probe) => [articlesLabel(size), probe.scenario, `${probe.throttle}×`, probe.via, ...cells(probe)]));

const cell = (probe: SearchProbe, query: QueryKey, measure: Measure, unit: Unit) => spreadText(measured(probe, query, measure), unit);

const notSearched = (results: BenchResults) => `Not measured: ${results.search.skipped ?? 'no build was searched'}.`;

export function searchTimingTable(results: BenchResults): string {
  const body = rows(results, (probe) => [
    `\`${probe.bundle}\``,
    cell(probe, 'first', firstResultMs, MS),
    probe.via === 'search page' ? cell(probe, 'first', completeMs, MS) : '—',
    cell(probe, 'later', firstResultMs, MS),
    probe.via === 'search page' ? cell(probe, 'later', completeMs, MS) : '—',
    count(probe.runs.length),
  ]);
  if (body.length === 0) return notSearched(results);
  const [first, later] = QUERIES;
  return table(['Articles', 'Scenario', 'CPU', 'Via', 'Bundle', `“${first}”: first result`, `“${first}”: complete`, `“${later}”: first result`, `“${later}”: complete`, 'Runs'], body);
}

export function searchBytesTable(results: BenchResults): string {
  const body = rows(results, (probe) => [
    cell(probe, 'first', bytesToFirstResult, KBYTES),
    cell(probe, 'first', bytesUntilIdle, KBYTES),
    cell(probe, 'later', bytesToFirstResult, KBYTES),
    cell(probe, 'later', bytesUntilIdle, KBYTES),
  ]);
  if (body.length === 0) return notSearched(results);
  const [first, later] = QUERIES;
  return table(['Articles', 'Scenario', 'CPU', 'Via', `“${first}”: to the first result`, `“${first}”: until idle`, `“${later}”: to the first result`, `“${later}”: until idle`], body);
}

const KINDS = ['scripts', 'wasm', 'meta', 'index', 'filter', 'fragment', 'other'];

/** What each query downloads by kind of file, at one size, unthrottled: the median run of each way of searching. */
export function searchKindsTable(size: SearchSize): string {
  const row = (label: string, files: Downloaded) => [
    label,
    files.revalidated ? `${count(files.requests)} (${count(files.revalidated)} revalidated, 304)` : count(files.requests),
    kb(files.bytes),
    kb(files.gzipBytes),
    ...KINDS.map((kind) => (files.gzipByKind[kind] ? kb(files.gzipByKind[kind]) : '—')),
  ];
  const body = size.probes
    .filter((probe) => probe.throttle === 1)
    .flatMap((probe) => {
      const run = medianRun(probe, 'first', bytesToFirstResult)!;
      return [
        row(`${probe.scenario}, ${probe.via}: the page itself (HTML, CSS, icon)`, run.page),
        row(`${probe.scenario}, ${probe.via}: “${run.first.query}” to the first result (from opening the page)`, run.first.toFirstResult),
        row(`${probe.scenario}, ${probe.via}: “${run.first.query}” until idle`, run.first.untilIdle),
        row(`${probe.scenario}, ${probe.via}: “${run.later.query}” to the first result`, run.later.toFirstResult),
        row(`${probe.scenario}, ${probe.via}: “${run.later.query}” until idle`, run.later.untilIdle),
      ];
    });
  return table(['Downloads', 'Requests', 'Uncompressed server', 'gzip host', ...KINDS.map((kind) => `of which ${kind}`)], body);
}

export function indexingMemoryTable(results: BenchResults): string {
  const { sizes } = results.search;
  if (sizes.length === 0) return 'Not measured: no build was searched, so no one-pass reference was made.';
  const body = sizes.map((size) => {
    const { project, wholeArchive } = size.indexing;
    return [
      articlesLabel(size),
      `${count(size.layout.indexes)}, largest ${count(size.layout.largestPages)} pages`,
      `${gb(project.peakTreeBytes)} / ${seconds(project.seconds)}`,
      `${gb(wholeArchive.peakTreeBytes)} / ${seconds(wholeArchive.seconds)}`,
      ratio(project.peakTreeBytes / wholeArchive.peakTreeBytes),
    ];
  });
  const projection = projectIndexingPeak(sizes);
  if (projection) {
    body.push([`${count(projection.articles)} (projected)`, '—', `at most ${gb(projection.projectBytes)}`, `${gb(projection.wholeArchiveBytes)}`, ratio(projection.projectBytes / projection.wholeArchiveBytes)]);
  }
  return table(['Articles', "Site's indexes", "Project's step: peak (all processes) / wall", 'One pass over the whole archive: peak / wall', 'Ratio'], body);
}

/** The prose under the memory table: why the two scale differently, and what the projection assumes. */
export function indexingMemoryNote(results: BenchResults): string {
  const projection = projectIndexingPeak(results.search.sizes);
  if (!projection) return 'No projection to 100,000 articles: it needs two searched synthetic sizes.';
  const [smaller, larger] = projection.from;
  const [from, to, target] = [smaller.articles, larger.articles, projection.articles].map(count);
  const growth = `adds to the ${to}-article peak the growth per article measured from ${from} to ${to} articles, carried on to ${target}`;
  const project =
    larger.layout.indexes > 1
      ? `The project's step indexes one period at a time and a period holds at most 1,000 pages, so its peak follows the largest period, not the archive: at ${to} articles the largest of the site's ${count(larger.layout.indexes)} indexes holds ${count(larger.layout.largestPages)} pages (${count(smaller.layout.largestPages)} at ${from}). Its projection ${growth}: an upper bound, since part of that growth is the largest period getting bigger, which the cap stops.`
      : `This build's own bundle is a single index over the whole archive, so the project's step is itself one pass; its projection ${growth}.`;
  return `${project} The one-pass reference holds the whole archive at once and grows about linearly with it: its projection is the ${to}-article peak × ${oneDecimal(projection.articles / larger.articles)}.`;
}
