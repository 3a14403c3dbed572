/**
 * The figures one benchmark run produces (also written as JSON), and the
 * derived per-article costs. Per-article cost "beyond start-up" is the slope
 * between the smallest size (the start-up baseline) and a larger one:
 * (time(N) − time(N₀)) / (N − N₀).
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
  markdownBytes: number;
  pagefind: StepSummary;
  scripts: ScriptScan;
  /** Page count and largest page of each section of the site. */
  sections: SectionSize[];
  /** The data downloads (absent from runs made before the site had them). */
  downloads?: DownloadSize[];
  /** Measured on every size but the baseline. */
  weights?: ArticleWeights;
}

/** One searched build: how it was indexed, both ways, and every search probe of it. */
export interface SearchSize {
  articles: number;
  /** The repository's own articles (the real site) rather than a synthetic archive. */
  realSite: boolean;
  /** The site's own bundle: one index per period, or one for the whole archive. */
  layout: IndexLayout;
  /** The project's Pagefind step, and the one-pass reference (pagefind-whole/) over the same build. */
  indexing: { project: StepSummary; wholeArchive: StepSummary };
  /** Every way of searching × CPU throttle; empty when the browser part was skipped. */
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
  /** 1-minute load averages at the start and the end of the run (the machine has `machine.cores` cores). */
  load: { start: number; end: number };
  /** Ascending sizes; the first is the start-up baseline. */
  sites: SiteResult[];
  /** The bare reference, same sizes as the first sites. */
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
  const baseline = builds[0];
  const build = builds[index];
  if (!baseline || !build || index === 0) throw new Error(`no per-article cost for size #${index}: it needs a larger build than the baseline`);
  return ((seconds(build) - seconds(baseline)) * 1000) / (build.articles - baseline.articles);
}
