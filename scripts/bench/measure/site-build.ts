/**
 * Builds one archive size the way `npm run build` does — astro build, then
 * the project's Pagefind indexSite() — as two separately timed child
 * processes in a fresh project copy with its own output and cache folders
 * (every build is cold). Also builds the real site (the repository's own
 * articles) the same way, the bare reference over the same files, and the
 * one-pass Pagefind reference index of a built site.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../archive/corpus.ts';
import { writeSyntheticArchive, type GeneratedArchive } from '../archive/generate.ts';
import { outputStats, type OutputStats } from './output-stats.ts';
import { copyBareSite, copySite } from '../archive/project-copy.ts';
import { REFERENCE_BUNDLE } from '../search/search-bundles.ts';
import { timedNodeStep, type StepFigures } from './timed-run.ts';

export interface BuildFigures {
  articles: number;
  astro: StepFigures;
  output: OutputStats;
  outDir: string;
  projectDir: string;
}

export interface BuiltSite extends BuildFigures {
  pagefind: StepFigures;
}

export interface SiteBuildFigures extends BuiltSite {
  generated: GeneratedArchive;
}

const ASTRO_CLI = join('node_modules', 'astro', 'bin', 'astro.mjs');

async function astroBuild(projectDir: string, label: string): Promise<{ astro: StepFigures; outDir: string }> {
  const outDir = join(projectDir, 'dist');
  const astro = await timedNodeStep(label, ASTRO_CLI, ['build'], {
    cwd: projectDir,
    env: { OUT_DIR: outDir, ASTRO_CACHE_DIR: join(projectDir, '.cache') },
    logFile: join(projectDir, 'astro-build.log'),
  });
  return { astro, outDir };
}

export interface SiteBuildRequest {
  repoRoot: string;
  workDir: string;
  corpus: Corpus;
  articles: number;
  seed: number;
  /** Git revision to copy the site from; the working tree when absent. */
  ref?: string;
}

/** astro build, then the project's Pagefind step, over the articles already in the copy. */
async function buildCopy(projectDir: string, articles: number): Promise<BuiltSite> {
  const { astro, outDir } = await astroBuild(projectDir, `astro build of ${articles} articles`);
  const pagefind = await timedNodeStep(`Pagefind indexing of ${articles} articles`, join(import.meta.dirname, 'index-site.ts'), [projectDir, outDir], {
    cwd: projectDir,
    logFile: join(projectDir, 'pagefind.log'),
  });
  return { articles, astro, pagefind, output: outputStats(outDir), outDir, projectDir };
}

export async function buildSite(request: SiteBuildRequest): Promise<SiteBuildFigures> {
  const projectDir = mkdtempSync(join(request.workDir, `site-${request.articles}-`));
  copySite(request.repoRoot, projectDir, request.ref);
  const generated = writeSyntheticArchive(projectDir, request.corpus, request.articles, request.seed);
  return { ...(await buildCopy(projectDir, request.articles)), generated };
}

/** The site with the repository's own articles (of the working tree or of `ref`), built like the synthetic sizes. */
export async function buildRealSite(request: Pick<SiteBuildRequest, 'repoRoot' | 'workDir' | 'ref'>): Promise<BuiltSite> {
  const projectDir = mkdtempSync(join(request.workDir, 'site-real-'));
  copySite(request.repoRoot, projectDir, request.ref);
  const articles = readdirSync(join(projectDir, 'content', 'articles')).filter((name) => name.endsWith('.md')).length;
  return buildCopy(projectDir, articles);
}

/**
 * Indexes a built site in one Pagefind pass into <site>/pagefind-whole/
 * (../search/index-whole.ts): the reference bundle Pagefind's plain API is measured
 * on, and the peak memory of indexing a whole archive at once.
 */
export function indexWholeArchive(site: BuiltSite): Promise<StepFigures> {
  return timedNodeStep(`one-pass Pagefind index of ${site.articles} articles`, join(import.meta.dirname, '..', 'search', 'index-whole.ts'), [site.outDir, join(site.outDir, REFERENCE_BUNDLE)], {
    cwd: site.projectDir,
    logFile: join(site.projectDir, 'pagefind-whole.log'),
  });
}

/** The bare reference over the article files of an already generated site. */
export async function buildBare(repoRoot: string, workDir: string, site: SiteBuildFigures): Promise<BuildFigures> {
  const projectDir = mkdtempSync(join(workDir, `bare-${site.articles}-`));
  copyBareSite(repoRoot, projectDir, join(site.projectDir, 'content', 'articles'));
  const { astro, outDir } = await astroBuild(projectDir, `bare reference build of ${site.articles} articles`);
  return { articles: site.articles, astro, output: outputStats(outDir), outDir, projectDir };
}
