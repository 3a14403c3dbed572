/** The report's search section, its method, and the indexing-memory table, as Markdown: medians of the runs, with their range. */
import { API_PAGE } from '../search/api-page.ts';
import { projectIndexingPeak } from '../search/indexing-memory.ts';
import type { Downloaded } from '../search/network-log.ts';
import type { SearchProbe } from '../search/search-probe.ts';
import { QUERIES } from '../search/search-session.ts';
import type { BenchResults, SearchSize } from '../results.ts';
import { bytesToFirstResult, searchRoles, bytesUntilIdle, completeMs, firstResultMs, measured, medianRun, type Measure, type QueryKey } from '../search/search-summary.ts';
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

function searchedBuilds(results: BenchResults): string {
  const { real, largest, between } = searchRoles(results.search);
  const synthetic = [...between, ...(largest ? [largest] : [])].map((size) => count(size.articles));
  const builds = [
    ...(real ? [`the real site (the repository's own ${count(real.articles)} articles, built the same way as the synthetic archives)`] : []),
    ...(synthetic.length ? [`the synthetic archive${synthetic.length > 1 ? 's' : ''} of ${synthetic.join(' and ')} articles`] : []),
  ];
  return builds.length ? builds.join(' and ') : 'no build (search was not measured)';
}

function runsText(results: BenchResults): string {
  const runs = Math.max(0, ...results.search.sizes.flatMap((size) => size.probes.map((probe) => probe.runs.length)));
  return runs === 1 ? 'once' : `${count(runs)} times`;
}

export function searchMethod(results: BenchResults): string {
  return `- **Search**: on ${searchedBuilds(results)}, each served on 127.0.0.1 to Debian's Chromium (playwright-core) and searched through the search page, which the budgets judge, and through Pagefind's own JS API used as its documentation shows, on a light page of the same build (\`${API_PAGE}\`: the search page's stylesheets, a form and a list; \`scripts/bench/search/api-page.ts\`) whose results are the first five results' data, as Pagefind's UI shows them. Pagefind's API searches \`pagefind-whole/\`, made after each searched build by indexing the whole built site again in one Pagefind pass with its Node API (\`forceLanguage: 'vi'\`, nothing else), in a separate child process timed and measured like the project's own Pagefind step — also the one-pass reference for indexing memory.
- **Two scenarios, both sides prepared the same way**: *shared link* — the page opened at \`?q=${QUERIES[0]}\`, timed from navigation start (the search page searches from its URL; the API page imports \`pagefind.js\` and searches); *typed* — the page opened and left until its network is idle (the search page fetches the engine and the newest period's index, as it does for readers; the API page calls Pagefind's \`init()\`, and \`preload()\` as the query is typed), then the query typed and Enter pressed, timed from Enter. In both, “${QUERIES[1]}” is then typed as a later query.
- **The search clock** runs in the page, to the first result links on screen, so the driver's own round trips do not count; "complete" is when the page's \`data-searches\` counts the search (on the search page: every period answered, all results and facet counts final). The network log is split the moment the first results appear: "to the first result" are the search files that had arrived by then (for the first query, every one since opening the page), "until idle" all of the query's files. Bytes are those of the files served: "gzip host" compresses text as a typical static host does and counts Pagefind's pre-compressed files as they are. Each combination is timed unthrottled and with the CPU slowed 4× (CDP \`Emulation.setCPUThrottlingRate\` rate 4, Lighthouse's phone setting), ${runsText(results)}, each run in a fresh browser context (a cold cache), the combinations taking turns; the budgets judge the medians, the tables also give the range. Chromium slows only a page's main thread (it refuses to throttle workers), and Pagefind's plain API searches in a web worker; so at 4× Pagefind alone is also timed with \`noWorker\` (on the main thread, as the search page itself runs), and the 4× time budgets are judged against that.`;
}

export function searchSection(results: BenchResults): string {
  const { largest } = searchRoles(results.search);
  const byKind =
    largest && largest.probes.length > 0 ? `\n\n### What each search downloads at ${count(largest.articles)} articles, by kind of file (CPU 1×, the median run of each scenario)\n\n${searchKindsTable(largest)}` : '';
  return `Medians of the runs, with their range in brackets when they differ; CPU 4× is Chromium's throttling of the page. The search page loads the site's own bundle, \`pagefind/\`; Pagefind's JS API searches the one-pass reference, \`pagefind-whole/\` (see Method).

### Time to the first result and to the complete search

${searchTimingTable(results)}

### Downloaded (gzip host), to the first result and until the network is idle

${searchBytesTable(results)}${byKind}`;
}
