/** The report's search section and the method it follows, as Markdown. */
import type { BenchResults } from '../results.ts';
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
  return `- **Search**: on ${searchedBuilds(results)}, each served on 127.0.0.1 to Debian's Chromium (playwright-core) and searched two ways: through the search page (typing the query, then Enter), which the budgets judge, and through Pagefind's own JS API used the plain way — \`import()\` of its \`pagefind.js\`, \`search()\`, then the data of the first five results, as Pagefind's UI shows them. Bytes are those of the files served: "gzip host" compresses text as a typical static host does and counts Pagefind's pre-compressed files as they are.
- **The reference bundle**: Pagefind's API searches \`pagefind-whole/\`, made after each searched build by indexing the whole built site again in one Pagefind pass with its Node API (\`forceLanguage: 'vi'\`, nothing else), in a separate child process timed and measured like the project's own Pagefind step — also the one-pass reference for indexing memory.
- **The search clock**: it runs in the page, from the reader's asking — the search form submitted with Enter — to the first result links on screen (through the API: from the \`import()\` to the five results' data), so the driver's own round trips do not count. The search page fetches Pagefind's engine and the newest period's index when it has loaded, as readers open it to search; Pagefind's plain API loads everything when asked. "complete" is when the page's \`data-searches\` counts the search (every period answered, all results and facet counts final). The network log is split the moment the first results appear: "to the first result" are the search files that had arrived by then (for the first query, every one since opening the page), "until idle" all of the query's files. Each way is timed unthrottled and with the CPU slowed 4× (CDP \`Emulation.setCPUThrottlingRate\` rate 4, Lighthouse's phone setting), ${runsText(results)}, each run in a fresh browser context (a cold cache), the ways and throttles taking turns; the budgets judge the medians, the tables also give the range. Chromium slows only a page's main thread (it refuses to throttle workers), and Pagefind's plain API searches in a web worker; so at 4× Pagefind alone is also timed with \`noWorker\` (on the main thread, as the search page searches), and the 4× time budgets are judged against that.`;
}

export function searchSection(results: BenchResults): string {
  const { largest } = searchRoles(results.search);
  const byKind =
    largest && largest.probes.length > 0 ? `\n\n### What each search downloads at ${count(largest.articles)} articles, by kind of file (CPU 1×, the median run)\n\n${searchKindsTable(largest)}` : '';
  return `Medians of the runs, with their range in brackets when they differ; CPU 4× is Chromium's throttling of the page. The search page loads the site's own bundle, \`pagefind/\`; Pagefind's JS API searches the one-pass reference, \`pagefind-whole/\` (see Method).

### Time to the first result and to the complete search

${searchTimingTable(results)}

### Downloaded (gzip host), to the first result and until the network is idle

${searchBytesTable(results)}${byKind}`;
}
