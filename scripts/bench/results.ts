/**
 * The figures one benchmark run produces (also written as JSON), and the
 * per-article cost "beyond start-up": the slope between the smallest size
 * (the start-up baseline) and a larger one, (time(N) − time(N₀)) / (N − N₀).
 */
import type { ArticleWeights } from './measure/article-weights.ts';
import type { MachineInfo } from './machine.ts';
import type { OutputStats } from './measure/output-stats.ts';
import type { DownloadSize, SectionSize } from './measure/page-sizes.ts';
import type { ScriptScan } from './measure/script-scan.ts';
import type { IndexLayout } from './search/search-bundles.ts';
import type { SearchProbe } from './search/search-probe.ts';
import type { StepFigures } from './measure/timed-run.ts';

export type StepSummary = Omit<StepFigures, 'output'>;

export interface BuildResult {
  articles: number;
  astro: StepSummary;
  output: OutputStats;
}

export interface SiteResult extends BuildResult {
  events: number;
  pagefind: StepSummary;
  scripts: ScriptScan;
  /** Page count and largest page of each section of the site. */
  sections: SectionSize[];
  downloads: DownloadSize[];
  /** Measured on every size but the baseline. */
  weights?: ArticleWeights;
}

/** One searched build: its bundle's layout, the project's Pagefind step and the one-pass reference, and every search probe (none without Chromium). */
export interface SearchSize {
  articles: number;
  /** The repository's own articles rather than a synthetic archive. */
  realSite: boolean;
  layout: IndexLayout;
  indexing: { project: StepSummary; wholeArchive: StepSummary };
  probes: SearchProbe[];
}

export interface SearchResults {
  /** Ascending: the real site first when it was searched. */
  sizes: SearchSize[];
  /** Why nothing was searched in Chromium, when it was not. */
  skipped?: string;
}

export interface BenchResults {
  mode: 'quick' | 'full';
  seed: number;
  /** "working tree" or the git revision the site was copied from. */
  source: string;
  startedAt: string;
  minutes: number;
  machine: MachineInfo;
  /** 1-minute load averages at the start and the end of the run. */
  load: { start: number; end: number };
  /** Ascending sizes; the first is the start-up baseline. */
  sites: SiteResult[];
  /** Bare Astro, at the same sizes. */
  bare: BuildResult[];
  search: SearchResults;
}

/** Reads a run saved with --json (by this version of the benchmark). */
export const parseResults = (text: string): BenchResults => JSON.parse(text) as BenchResults;

export const summarizeStep = ({ output: _output, ...summary }: StepFigures): StepSummary => summary;

export const cpuSeconds = (build: BuildResult) => build.astro.cpuSeconds;
export const wallSeconds = (build: BuildResult) => build.astro.seconds;

/**
 * Milliseconds per article beyond start-up for builds[index], against
 * builds[0]. Judged on CPU time by default: on a shared machine the wall
 * clock also counts time spent waiting for other people's work.
 */
export function perArticleMs<T extends BuildResult>(builds: readonly T[], index: number, seconds: (build: T) => number = cpuSeconds): number {
  const [baseline, build] = [builds[0], builds[index]];
  if (!baseline || !build || index === 0) throw new Error(`no per-article cost for size #${index}: it needs a larger build than the baseline`);
  return ((seconds(build) - seconds(baseline)) * 1000) / (build.articles - baseline.articles);
}
