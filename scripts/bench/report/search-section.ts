/** The report's search section and the method it follows, as Markdown. */
import type { BenchResults } from '../results.ts';
import { API_PAGE } from '../search/api-page.ts';
import { QUERIES } from '../search/search-session.ts';
import { searchRoles } from '../search/search-summary.ts';
import { count } from './format.ts';
import { searchBytesTable, searchKindsTable, searchTimingTable } from './search-tables.ts';

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
