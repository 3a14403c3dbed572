/**
 * `npm run build`: astro build + Pagefind index, all or nothing. The site is
 * built into a temporary folder beside the output folder and swapped in only
 * when every step succeeded, so a content error never leaves a half-written
 * dist/ that looks like a finished build.
 *
 * Honours OUT_DIR (default dist) like astro.config.mjs; run with Node ≥ 22.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from './pagefind-index.ts';

const finalDir = resolve(process.env.OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.staging`;
const previousDir = `${finalDir}.previous`;

rmSync(stagingDir, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: stagingDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${finalDir} was left as it was.`);
  process.exit(astro.status ?? 1);
}

try {
  const { pages } = await indexSite(stagingDir);
  console.log(`Pagefind indexed ${pages} pages.`);
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\n${(error as Error).message}\nBuild failed: ${finalDir} was left as it was.`);
  process.exit(1);
}

// Swap: the old output is kept until the new one is in place.
rmSync(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, previousDir);
renameSync(stagingDir, finalDir);
rmSync(previousDir, { recursive: true, force: true });
console.log(`Site written to ${finalDir}`);
