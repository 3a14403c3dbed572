/**
 * Builds one archive size the way `npm run build` does — astro build, then
 * the project's Pagefind indexSite() — as two separately timed child
 * processes in a fresh project copy with its own output and cache folders
 * (every build is cold). Also the real site (the repository's own
 * articles), bare Astro over the same files, and the one-pass Pagefind
 * reference index of a built site.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../archive/corpus.ts';
import { writeSyntheticArchive } from '../archive/generate.ts';
import { copyBareSite, copySite } from '../archive/project-copy.ts';
import { REFERENCE_BUNDLE } from '../search/search-bundles.ts';
import { outputStats, type OutputStats } from './output-stats.ts';
import { timedNodeStep, type StepFigures } from './timed-run.ts';

export interface BuildFigures {
  articles: number;
  astro: StepFigures;
  output: OutputStats;
  outDir: string;
  projectDir: string;
}

export type BuiltSite = BuildFigures & { pagefind: StepFigures; events: number };

async function astroBuild(projectDir: string, articles: number, label: string): Promise<BuildFigures> {
  const outDir = join(projectDir, 'dist');
  const astro = await timedNodeStep(label, join('node_modules', 'astro', 'bin', 'astro.mjs'), ['build'], {
    cwd: projectDir,
    env: { OUT_DIR: outDir, ASTRO_CACHE_DIR: join(projectDir, '.cache') },
    logFile: join(projectDir, 'astro-build.log'),
  });
  return { articles, astro, output: outputStats(outDir), outDir, projectDir };
}

/** astro build, then the project's Pagefind step, over the articles already in the copy. */
async function buildCopy(projectDir: string, articles: number, events: number): Promise<BuiltSite> {
  const built = await astroBuild(projectDir, articles, `astro build of ${articles} articles`);
  const pagefind = await timedNodeStep(`Pagefind indexing of ${articles} articles`, join(import.meta.dirname, 'index-site.ts'), [projectDir, built.outDir], {
    cwd: projectDir,
    logFile: join(projectDir, 'pagefind.log'),
  });
  // Measured again: the output now holds the Pagefind bundle.
  return { ...built, pagefind, events, output: outputStats(built.outDir) };
}

export interface SiteBuildRequest {
  repoRoot: string;
  workDir: string;
  /** Git revision to copy the site from; the working tree when absent. */
  ref?: string;
}

export async function buildSite(request: SiteBuildRequest, corpus: Corpus, articles: number, seed: number): Promise<BuiltSite> {
  const projectDir = mkdtempSync(join(request.workDir, `site-${articles}-`));
  copySite(request.repoRoot, projectDir, request.ref);
  const { events } = writeSyntheticArchive(projectDir, corpus, articles, seed);
  return buildCopy(projectDir, articles, events);
}

/** The site with the repository's own articles, built like the synthetic sizes. */
export async function buildRealSite(request: SiteBuildRequest): Promise<BuiltSite> {
  const projectDir = mkdtempSync(join(request.workDir, 'site-real-'));
  copySite(request.repoRoot, projectDir, request.ref);
  return buildCopy(projectDir, readdirSync(join(projectDir, 'content', 'articles')).filter((name) => name.endsWith('.md')).length, 0);
}

/** Bare Astro over the article files of an already generated site. */
export function buildBare(request: SiteBuildRequest, site: BuiltSite): Promise<BuildFigures> {
  const projectDir = mkdtempSync(join(request.workDir, `bare-${site.articles}-`));
  copyBareSite(request.repoRoot, projectDir, join(site.projectDir, 'content', 'articles'));
  return astroBuild(projectDir, site.articles, `bare reference build of ${site.articles} articles`);
}

/**
 * Indexes a built site in one Pagefind pass into <site>/pagefind-whole/
 * (../search/index-whole.ts): the reference bundle Pagefind's plain API is
 * measured on, and the peak memory of indexing a whole archive at once.
 */
export function indexWholeArchive(site: BuiltSite): Promise<StepFigures> {
  return timedNodeStep(`one-pass Pagefind index of ${site.articles} articles`, join(import.meta.dirname, '..', 'search', 'index-whole.ts'), [site.outDir, join(site.outDir, REFERENCE_BUNDLE)], {
    cwd: site.projectDir,
    logFile: join(site.projectDir, 'pagefind-whole.log'),
  });
}
