/**
 * `npm run build`: astro build + Pagefind index, all or nothing. The site is
 * built into a temporary folder beside the output folder and swapped in only
 * when every step succeeded, so a content error never leaves a half-written
 * dist/ that looks like a finished build.
 *
 * A failed build ends with one line per content problem ("content/x.md →
 * field: message"), not Astro's stack traces; those go to a log file. An
 * error Astro only logged (a Markdown render error) fails the build too.
 *
 * Honours OUT_DIR (default dist) like astro.config.mjs; run with Node ≥ 22.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBuildErrors, withContentCheck } from './build-problems.ts';
import { indexSite } from './pagefind-index.ts';

const finalDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;
const previousDir = `${finalDir}.previous`;

/** Runs astro build into the staging folder: progress shown live, errors kept for reading. */
function astroBuild(): Promise<{ status: number; stderr: string }> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { ...process.env, OUT_DIR: stagingDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise) => child.on('close', (status) => resolvePromise({ status: status ?? 1, stderr })));
}

function fail(report: string[]): never {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(['', ...report, `Nothing was published: ${finalDir} was left as it was.`].join('\n'));
  process.exit(1);
}

rmSync(stagingDir, { recursive: true, force: true });
const astro = await astroBuild();
const errors = readBuildErrors(astro.stderr, process.cwd());
if (astro.status !== 0 || errors.loggedError) {
  // Astro stops at the first rejected entry (and Vite names no article): the content check finds every other problem.
  // Loaded only on failure: it reads content with scripts/shared/, which a bare copy of scripts/build/ (the benchmark's) lacks.
  const { checkContentFiles } = await import('./content-check.ts');
  errors.problems = withContentCheck(errors.problems, checkContentFiles(process.cwd()));
  if (errors.problems.length === 0) fail([astro.stderr.trimEnd(), '', 'Build failed.']);
  const log = join(mkdtempSync(join(tmpdir(), 'astro-build-')), 'errors.log');
  writeFileSync(log, astro.stderr);
  const count = errors.problems.length;
  fail([
    `✗ Build stopped: ${count} problem${count === 1 ? '' : 's'} to fix (file → field: what is wrong):`,
    ...errors.problems.map((problem) => `  ${problem}`),
    `(Astro's full error report: ${log})`,
  ]);
}
if (astro.stderr.trim()) console.error(astro.stderr.trimEnd());

try {
  const { pages, periods } = await indexSite(stagingDir);
  console.log(`Pagefind indexed ${pages} pages in ${periods} search periods.`);
} catch (error) {
  fail([(error as Error).message]);
}

// Swap: the old output is kept until the new one is in place.
rmSync(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, previousDir);
renameSync(stagingDir, finalDir);
rmSync(previousDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir}`);
