/**
 * Reads a built site (dist/ by default) for the built-output tests: every
 * HTML page parsed once, internal links resolved against the files on disk.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { projectRoot } from './content-files';

/** The build under test: OUT_DIR when set (as for astro.config.mjs), else dist/. */
export const defaultDist = process.env.OUT_DIR ? join(projectRoot, process.env.OUT_DIR) : join(projectRoot, 'dist');

export interface BuiltPage {
  /** URL path of the page, e.g. /bai-viet/x/ */
  path: string;
  file: string;
  $: CheerioAPI;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function requireDist(dist = defaultDist): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run "npm run build" first (npm test does).`);
  }
}

/** Every HTML page of the site, parsed. */
export function builtPages(dist = defaultDist, base = '/'): BuiltPage[] {
  requireDist(dist);
  return walk(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dist, file).split('\\').join('/');
      const path = base + rel.replace(/index\.html$/, '');
      return { path, file, $: load(readFileSync(file, 'utf8')) };
    });
}

/** The file a site path is served from, or undefined when none exists. */
export function fileForPath(pathname: string, dist = defaultDist, base = '/'): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(dist, rel, 'index.html')] : [join(dist, rel), join(dist, rel, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Reader-visible text of an element, whitespace collapsed. */
export function visibleText($: CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
