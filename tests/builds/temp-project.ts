/**
 * Throw-away copies of the project for tests that must run the REAL build
 * command (`node scripts/build/run-build.ts`) on altered content: the broken-
 * content fixtures and the editor's path. Copies live in the system temp
 * folder, so `astro check` never type-checks a leftover copy.
 *
 * Each copy gets its own node_modules FOLDER whose entries link to the
 * repository's packages: Vite keeps its cache in <root>/node_modules/.vite,
 * and a single symlinked node_modules would let parallel builds (and the
 * working tree's own builds) overwrite each other's cache.
 *
 * Each build runs in one of the run's heavy slots (tests/helpers/heavy-slots.ts).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { inHeavySlot } from '../helpers/heavy-slots.ts';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts/build', 'scripts/shared', 'scripts/import', 'public'];

export interface TempProject {
  root: string;
  /** Where run-build.ts writes the site (OUT_DIR). */
  outDir: string;
}

export interface BuildRun {
  /** Exit code; null when killed by a signal. */
  status: number | null;
  /** stdout and stderr, interleaved as an editor would see them. */
  output: string;
}

export interface CopyOptions {
  /**
   * Only these articles (file names in content/articles/) instead of all of
   * them; the YAML files and content/sources/ are always copied whole.
   */
  articles?: readonly string[];
}

export function copyProject(label: string, options: CopyOptions = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), `stameq-${label}-`));
  for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  const { articles } = options;
  const articlesDir = join('content', 'articles');
  cpSync(join(projectRoot, 'content'), join(root, 'content'), {
    recursive: true,
    filter: (source) => !articles || relative(projectRoot, dirname(source)) !== articlesDir || articles.includes(basename(source)),
  });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.vite' || entry === '.astro') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return { root, outDir: join(root, 'dist') };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/**
 * Lays a fixture folder over a folder of the copy (e.g. over content/): each
 * file replaces or adds the file at the same path, except `x.append`, whose
 * text is added to the end of `x` — so a fixture for partners.yaml holds only
 * the entry it adds.
 */
export function overlay(project: TempProject, fixtureDir: string, into: string): void {
  for (const file of filesUnder(fixtureDir)) {
    const target = join(project.root, into, relative(fixtureDir, file));
    mkdirSync(dirname(target), { recursive: true });
    if (target.endsWith('.append')) appendFileSync(target.slice(0, -'.append'.length), `\n${readFileSync(file, 'utf8')}`);
    else cpSync(file, target);
  }
}

/**
 * The environment a shell would give a command, plus `extra`: without
 * Vitest's own variables (VITEST_*, and Vite's BASE_URL, MODE, DEV, PROD,
 * SSR, NODE_ENV), which would change how Vite and Astro behave, and without
 * the site's address (SITE_URL, BASE_PATH) unless `extra` sets it.
 */
export function shellEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) {
    if (['NODE_ENV', 'SITE_URL', 'BASE_PATH', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return { ...env, ...extra };
}

/**
 * Runs `npm run build`'s command in the copy, with the environment a shell
 * would give it, in a heavy slot. The copy is built for the default address
 * unless `address` names another (SITE_URL, BASE_PATH).
 */
export function runBuild(project: TempProject, address: { SITE_URL?: string; BASE_PATH?: string } = {}): Promise<BuildRun> {
  const env = shellEnvironment({ OUT_DIR: project.outDir, ASTRO_CACHE_DIR: join(project.root, '.cache'), ...address });
  return inHeavySlot(
    () =>
      new Promise<BuildRun>((resolve, reject) => {
        const child = spawn(process.execPath, ['scripts/build/run-build.ts'], { cwd: project.root, env });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, output }));
      }),
  );
}

export function removeProject(project: TempProject): void {
  rmSync(project.root, { recursive: true, force: true });
}
