/**
 * Builds one archive size the way `npm run build` does — astro build, then
 * the project's Pagefind indexSite() — as two separately timed child
 * processes in a fresh project copy with its own output and cache folders
 * (every build is cold). Also builds the bare reference over the same files.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../archive/corpus.ts';
import { writeSyntheticArchive, type GeneratedArchive } from '../archive/generate.ts';
import { outputStats, type OutputStats } from './output-stats.ts';
import { copyBareSite, copySite } from '../archive/project-copy.ts';
import { timedNodeStep, type StepFigures } from './timed-run.ts';

export interface BuildFigures {
  articles: number;
  astro: StepFigures;
  output: OutputStats;
  outDir: string;
  projectDir: string;
}

export interface SiteBuildFigures extends BuildFigures {
  generated: GeneratedArchive;
  pagefind: StepFigures;
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

export async function buildSite(request: SiteBuildRequest): Promise<SiteBuildFigures> {
  const projectDir = mkdtempSync(join(request.workDir, `site-${request.articles}-`));
  copySite(request.repoRoot, projectDir, request.ref);
  const generated = writeSyntheticArchive(projectDir, request.corpus, request.articles, request.seed);
  const { astro, outDir } = await astroBuild(projectDir, `astro build of ${request.articles} articles`);
  const pagefind = await timedNodeStep(`Pagefind indexing of ${request.articles} articles`, join(import.meta.dirname, 'index-site.ts'), [projectDir, outDir], {
    cwd: projectDir,
    logFile: join(projectDir, 'pagefind.log'),
  });
  return { articles: request.articles, generated, astro, pagefind, output: outputStats(outDir), outDir, projectDir };
}

/** The bare reference over the article files of an already generated site. */
export async function buildBare(repoRoot: string, workDir: string, site: SiteBuildFigures): Promise<BuildFigures> {
  const projectDir = mkdtempSync(join(workDir, `bare-${site.articles}-`));
  copyBareSite(repoRoot, projectDir, join(site.projectDir, 'content', 'articles'));
  const { astro, outDir } = await astroBuild(projectDir, `bare reference build of ${site.articles} articles`);
  return { articles: site.articles, astro, output: outputStats(outDir), outDir, projectDir };
}
