/** The report's figure tables, as Markdown, from one run's results. */
import type { Verdict } from '../verdict.ts';
import { count, gb, kb, mb, ms, ratio, seconds } from './format.ts';
import { ASSET_KINDS, type PageWeight, type Weight } from '../measure/page-weight.ts';
import { perArticleMs, wallSeconds, type BenchResults } from '../results.ts';

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const mark = (pass: Verdict['pass']) => (pass === undefined ? '— not measured' : pass === 'informative' ? 'ℹ️ informative' : pass ? '✅ pass' : '❌ FAIL');

export const verdictTable = (verdicts: Verdict[]) =>
  table(['Budget', 'Limit', 'Measured', 'Verdict'], verdicts.map((v) => [v.budget, v.limit, v.measured, mark(v.pass)]));

const slope = (value: number | undefined) => (value === undefined ? '(start-up baseline)' : ms(value));

export function buildTable(results: BenchResults): string {
  const { sites } = results;
  return table(
    ['Articles', 'Events', 'HTML pages', 'astro build: wall / CPU', 'ms/article beyond start-up: wall / CPU', 'Peak memory (Node / all processes)', 'Pagefind: wall / CPU', 'Pagefind ms/article (wall)', 'Output', 'Files'],
    sites.map((site, index) => [
      count(site.articles),
      count(site.events),
      count(site.output.htmlPages),
      `${seconds(site.astro.seconds)} / ${seconds(site.astro.cpuSeconds)}`,
      index ? `${ms(perArticleMs(sites, index, wallSeconds))} / ${ms(perArticleMs(sites, index))}` : slope(undefined),
      `${gb(site.astro.peakMainBytes)} / ${gb(site.astro.peakTreeBytes)}`,
      `${seconds(site.pagefind.seconds)} / ${seconds(site.pagefind.cpuSeconds)}`,
      slope(index ? perArticleMs(sites, index, (build) => build.pagefind.seconds) : undefined),
      `${mb(site.output.bytes)} (Pagefind ${mb(site.output.pagefindBytes)})`,
      count(site.output.files),
    ]),
  );
}

export function bareTable(results: BenchResults): string {
  const rows = results.bare.map((bare, index) => {
    const ours = index ? perArticleMs(results.sites, index) : undefined;
    const theirs = index ? perArticleMs(results.bare, index) : undefined;
    return [
      count(bare.articles),
      `${seconds(bare.astro.seconds)} / ${seconds(bare.astro.cpuSeconds)}`,
      slope(theirs),
      `${seconds(results.sites[index]!.astro.seconds)} / ${seconds(results.sites[index]!.astro.cpuSeconds)}`,
      slope(ours),
      ours !== undefined && theirs !== undefined ? ratio(ours / theirs) : '—',
      gb(bare.astro.peakTreeBytes),
      `${mb(bare.output.bytes)}, ${count(bare.output.files)} files`,
    ];
  });
  return table(['Articles', 'Bare astro build: wall / CPU', 'Bare CPU ms/article', 'Our astro build: wall / CPU', 'Our CPU ms/article', 'Ratio', 'Bare peak memory', 'Bare output'], rows);
}

function weightRow(label: string, page: PageWeight, measure: keyof Weight): string[] {
  return [label, ...ASSET_KINDS.map((kind) => kb(page.byKind[kind][measure])), kb(page.total[measure])];
}

export function weightTable(results: BenchResults): string {
  const weights = results.sites.at(-1)!.weights!;
  const heaviest = `heaviest (\`${weights.heaviest.path}\`)`;
  return table(
    ['Article page', 'HTML', 'CSS', 'JS', 'Fonts', 'Other (icon)', 'Total'],
    [
      weightRow('median, gzip', weights.median, 'gzip'),
      weightRow('median, brotli', weights.median, 'brotli'),
      weightRow(`${heaviest}, gzip`, weights.heaviest, 'gzip'),
      weightRow(`${heaviest}, brotli`, weights.heaviest, 'brotli'),
      weightRow('heaviest, uncompressed', weights.heaviest, 'raw'),
    ],
  );
}

/** Per section: pages and the largest page's compressed HTML at each size, the largest page named at the largest size. */
export function sectionTable(results: BenchResults): string {
  const measured = results.sites.slice(1);
  const largest = measured.at(-1)!;
  const headers = ['Section', ...measured.map((site) => `${count(site.articles)} articles: pages, largest (gzip)`), 'Largest page'];
  const rows = largest.sections.map(({ section, largestPath }) => [
    `\`${section}\``,
    ...measured.map((site) => {
      const found = site.sections.find((candidate) => candidate.section === section);
      return found ? `${count(found.pages)}, ${kb(found.largestGzipBytes)}` : '—';
    }),
    `\`${largestPath}\``,
  ]);
  return table(headers, rows);
}

/** Each data download's size at each measured size, raw and compressed. */
export function downloadTable(results: BenchResults): string {
  const measured = results.sites.slice(1).filter((site) => site.downloads && site.downloads.length > 0);
  if (measured.length === 0) return 'Not measured (the site built had no downloads).';
  const headers = ['Download', ...measured.map((site) => `${count(site.articles)} articles: bytes (gzip)`)];
  const rows = measured.at(-1)!.downloads!.map(({ file }) => [
    `\`/du-lieu/${file}\``,
    ...measured.map((site) => {
      const found = site.downloads!.find((candidate) => candidate.file === file);
      return found ? `${kb(found.bytes)} (${kb(found.gzipBytes)})` : '—';
    }),
  ]);
  return table(headers, rows);
}
