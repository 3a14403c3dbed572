/**
 * One benchmark run: for each size, build the site and bare Astro over the
 * same articles, and measure what was built; at the sizes the search
 * plan names, and on the real site, also make the one-pass Pagefind
 * reference index and drive searches in Chromium. Returns every figure;
 * writes nothing but temporary folders, removed at the end unless asked to
 * keep them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, hasChromium } from '../shared/chromium.ts';
import { measureArticleWeights } from './measure/article-weights.ts';
import { readCorpus } from './archive/corpus.ts';
import { gb, seconds } from './report/format.ts';
import { currentLoad, describeMachine } from './machine.ts';
import { downloadSizes, pageSizesBySection } from './measure/page-sizes.ts';
import type { BenchOptions } from './options.ts';
import { summarizeStep, type BenchResults, type BuildResult, type SearchSize, type SiteResult } from './results.ts';
import { scanScripts } from './measure/script-scan.ts';
import { indexLayout } from './search/search-bundles.ts';
import { probeSearch } from './search/search-probe.ts';
import { buildBare, buildRealSite, buildSite, indexWholeArchive, type BuildFigures, type BuiltSite } from './measure/site-build.ts';

const say = (message: string) => console.log(`[bench] ${message}`);

/**
 * The start-up baseline is built twice and the cheaper build kept: the
 * first also warms caches, which would inflate start-up and so hide part of
 * the per-article cost.
 */
async function fasterOfTwo<T extends BuildFigures>(build: () => Promise<T>): Promise<T> {
  const [first, second] = [await build(), await build()];
  const [kept, dropped] = first.astro.cpuSeconds <= second.astro.cpuSeconds ? [first, second] : [second, first];
  rmSync(dropped.projectDir, { recursive: true, force: true });
  return kept;
}

/** The one-pass reference index of a built site, then its searches in Chromium (when installed). */
async function measureSearch(site: BuiltSite, realSite: boolean, options: BenchOptions): Promise<SearchSize> {
  const wholeArchive = await indexWholeArchive(site);
  say(`  one-pass Pagefind reference ${seconds(wholeArchive.seconds)} (peak ${gb(wholeArchive.peakTreeBytes)})`);
  if (hasChromium) say(`  searching in Chromium (CPU ${options.search.throttles.join('×, ')}×; ${options.search.runs} run${options.search.runs === 1 ? '' : 's'} each)…`);
  return {
    articles: site.articles,
    realSite,
    layout: indexLayout(site.outDir),
    indexing: { project: summarizeStep(site.pagefind), wholeArchive: summarizeStep(wholeArchive) },
    probes: hasChromium ? await probeSearch(site.outDir, options.search) : [],
  };
}

function describeSource(repoRoot: string, ref: string | undefined): string {
  if (!ref) return 'working tree';
  const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  return `git revision ${ref} (${commit})`;
}

export async function runBenchmark(options: BenchOptions, repoRoot: string): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const machine = describeMachine(repoRoot);
  const loadAtStart = currentLoad();
  const corpus = readCorpus(repoRoot);
  const source = describeSource(repoRoot, options.ref);
  const workDir = mkdtempSync(join(tmpdir(), 'stameq-bench-'));
  const request = { repoRoot, workDir, ref: options.ref };
  const sites: SiteResult[] = [];
  const bare: BuildResult[] = [];
  const searched: SearchSize[] = [];
  say(`${options.mode} run, sizes ${options.sizes.join(', ')}, site from the ${source}, temporary folder ${workDir}`);
  try {
    if (options.search.realSite) {
      say('the real site: building…');
      const real = await buildRealSite(request);
      say(`  ${real.articles} articles: astro build ${seconds(real.astro.seconds)}, Pagefind ${seconds(real.pagefind.seconds)}`);
      searched.push(await measureSearch(real, true, options));
      if (!options.keepTemp) rmSync(real.projectDir, { recursive: true, force: true });
    }
    for (const [index, articles] of options.sizes.entries()) {
      say(`${articles} articles: generating and building…`);
      const buildThisSize = () => buildSite(request, corpus, articles, options.seed);
      const site = index === 0 && options.repeatBaseline ? await fasterOfTwo(buildThisSize) : await buildThisSize();
      say(`  astro build ${seconds(site.astro.seconds)} (peak ${gb(site.astro.peakTreeBytes)}), Pagefind ${seconds(site.pagefind.seconds)}`);
      const buildReference = () => buildBare(request, site);
      const reference = index === 0 && options.repeatBaseline ? await fasterOfTwo(buildReference) : await buildReference();
      bare.push({ articles, astro: summarizeStep(reference.astro), output: reference.output });
      say(`  bare Astro ${seconds(reference.astro.seconds)} (peak ${gb(reference.astro.peakTreeBytes)})`);
      if (!options.keepTemp) rmSync(reference.projectDir, { recursive: true, force: true });
      sites.push({
        articles,
        events: site.events,
        astro: summarizeStep(site.astro),
        pagefind: summarizeStep(site.pagefind),
        output: site.output,
        scripts: scanScripts(site.outDir),
        sections: pageSizesBySection(site.outDir),
        downloads: downloadSizes(site.outDir),
        weights: index > 0 ? measureArticleWeights(site.outDir, options.weightSample) : undefined,
      });
      if (options.search.sizes.includes(articles)) searched.push(await measureSearch(site, false, options));
      // Builds of 10,000 articles take gigabytes: keep only what is asked for.
      if (!options.keepTemp) rmSync(site.projectDir, { recursive: true, force: true });
    }
  } finally {
    if (options.keepTemp) say(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  const minutes = (performance.now() - started) / 60_000;
  const search = { sizes: searched, ...(hasChromium ? {} : { skipped: `Chromium is not installed at ${chromiumPath}` }) };
  return { mode: options.mode, seed: options.seed, source, startedAt, minutes, machine, load: { start: loadAtStart, end: currentLoad() }, sites, bare, search };
}
