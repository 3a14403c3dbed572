/**
 * Reads a built site (dist/ by default) for the built-output tests: every
 * HTML page parsed once, internal links resolved against the files on disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { filesBelow } from '../../scripts/shared/sizes.ts';
import { pageReferences } from './references.ts';

/** The build under test: OUT_DIR when set (as for astro.config.mjs), else dist/. */
export const defaultDist = process.env.OUT_DIR ? join(projectRoot, process.env.OUT_DIR) : join(projectRoot, 'dist');

export interface BuiltPage {
  /** URL path of the page, e.g. /bai-viet/x/ */
  path: string;
  file: string;
  $: CheerioAPI;
}

export function requireDist(dist = defaultDist): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no index.html: run "npm run build" first (npm test does).`);
  }
}

/** Every HTML page of the site, parsed. */
export function builtPages(dist = defaultDist, base = '/'): BuiltPage[] {
  requireDist(dist);
  return filesBelow(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => {
      const file = join(dist, rel);
      return { path: base + rel.replace(/index\.html$/, ''), file, $: load(readFileSync(file, 'utf8')) };
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

/** The element ids of a built page, read once per page and file. */
function idsOf(file: string, pages: Map<string, BuiltPage>): Set<string> {
  const $ = pages.get(file)?.$ ?? load(readFileSync(file, 'utf8'));
  return new Set($('[id]').map((_index, element) => $(element).attr('id')!).get());
}

/**
 * The one internal-link checker: every address on every page of a build (links,
 * assets, form targets, sharing and JSON-LD URLs) that points into the site but
 * reaches no built file, or — for a link a reader follows (<a href>) — whose
 * #fragment names no element of its target. JSON-LD "#website"-style ids name
 * things, not places, and text fragments (#:~:text=) are the browser's.
 */
export function brokenLinks(dist = defaultDist, base = '/', origin = 'https://example.org'): string[] {
  const pages = new Map(builtPages(dist, base).map((page) => [page.file, page]));
  const idCache = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const page of pages.values()) {
    const followed = new Set(page.$('a[href]').map((_index, element) => page.$(element).attr('href')!).get());
    for (const reference of pageReferences(page.$)) {
      const url = new URL(reference, origin + page.path);
      if (url.origin !== origin) continue;
      const target = fileForPath(url.pathname, dist, base);
      if (!target) {
        broken.push(`${page.path} → ${reference} (no such file)`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (!id || id.startsWith(':~:') || !followed.has(reference) || !target.endsWith('.html')) continue;
      if (!idCache.has(target)) idCache.set(target, idsOf(target, pages));
      if (!idCache.get(target)!.has(id)) broken.push(`${page.path} → ${reference} (no element with id "${id}")`);
    }
  }
  return broken;
}
