/**
 * Throw-away project copies for the benchmark, in the system temp folder:
 * the real site (its config, src/, scripts/build/, public/, content/ data files) or the bare
 * reference site, each with node_modules linked from the repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts/build', 'public', 'content'];
const BARE_SITE = join(import.meta.dirname, '..', 'bare-site');

/**
 * Links each installed package, not node_modules itself: Vite and Astro keep
 * caches in node_modules/.vite and .astro, and a shared folder would let
 * runs warm each other (and other people's builds) up.
 */
function linkModules(repoRoot: string, target: string): void {
  const modules = join(target, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name));
  }
}

/**
 * Copies the site into `target`: from the working tree, or from a git
 * revision (`ref`) so that other people's unfinished edits stay out of the
 * measurement. content/articles is replaced by the generator afterwards.
 */
export function copySite(repoRoot: string, target: string, ref?: string): void {
  mkdirSync(target, { recursive: true });
  if (ref) {
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', '--format=tar', ref, '--', ...SITE_FILES], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', target], { input: archive });
  } else {
    for (const name of SITE_FILES) cpSync(join(repoRoot, name), join(target, name), { recursive: true });
  }
  linkModules(repoRoot, target);
}

/** Copies the bare reference site into `target` with the given article files. */
export function copyBareSite(repoRoot: string, target: string, articlesDir: string): void {
  cpSync(BARE_SITE, target, { recursive: true });
  cpSync(articlesDir, join(target, 'content', 'articles'), { recursive: true });
  linkModules(repoRoot, target);
}
