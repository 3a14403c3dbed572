/**
 * The compressed weight of one built page and everything it loads, by type:
 * HTML (inline <style> and <script> included), CSS, JS, fonts, other (icons,
 * images), compressed as a static host would serve them (scripts/shared/sizes.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { load } from 'cheerio';
import { brotliSize, gzipSize } from '../../shared/sizes.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'fonts' | 'other';
export const ASSET_KINDS: readonly AssetKind[] = ['html', 'css', 'js', 'fonts', 'other'];

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  path: string;
  byKind: Record<AssetKind, Weight>;
  total: Weight;
}

const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
const compressedCache = new Map<string, Weight>();

function weightOf(file: string): Weight {
  let weight = compressedCache.get(file);
  if (!weight) {
    const content = readFileSync(file);
    weight = { raw: content.length, gzip: gzipSize(content), brotli: brotliSize(content) };
    compressedCache.set(file, weight);
  }
  return weight;
}

const add = (sum: Weight, part: Weight) => ({ raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip, brotli: sum.brotli + part.brotli });
const empty = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });

/** Site file behind a same-site URL, or undefined for external or missing ones. */
function siteFile(siteRoot: string, pagePath: string, reference: string): string | undefined {
  const url = new URL(reference, `http://site${pagePath}`);
  if (url.origin !== 'http://site') return undefined;
  const file = join(siteRoot, decodeURIComponent(url.pathname));
  return existsSync(file) ? file : undefined;
}

/** Font files a stylesheet pulls in through url(...). */
function fontsOf(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((match) => match[1]!).filter((url) => FONT_EXTENSIONS.has(extname(url.split(/[?#]/)[0]!)));
}

export function pageWeight(siteRoot: string, pagePath: string): PageWeight {
  const htmlFile = join(siteRoot, pagePath, 'index.html');
  const $ = load(readFileSync(htmlFile, 'utf8'));
  const byKind = Object.fromEntries(ASSET_KINDS.map((kind) => [kind, empty()])) as Record<AssetKind, Weight>;
  const seen = new Set<string>([htmlFile]);
  const take = (kind: AssetKind, file: string | undefined) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    byKind[kind] = add(byKind[kind], weightOf(file));
    if (kind === 'css') for (const font of fontsOf(readFileSync(file, 'utf8'))) take('fonts', siteFile(siteRoot, pagePath, font));
  };
  byKind.html = weightOf(htmlFile);
  for (const font of fontsOf($('style').text())) take('fonts', siteFile(siteRoot, pagePath, font));
  $('link[rel~="stylesheet"][href]').each((_i, element) => take('css', siteFile(siteRoot, pagePath, $(element).attr('href')!)));
  $('script[src], link[rel="modulepreload"][href]').each((_i, element) => {
    const reference = $(element).attr('src') ?? $(element).attr('href')!;
    take('js', siteFile(siteRoot, pagePath, reference));
  });
  $('link[rel~="preload"][as="font"][href]').each((_i, element) => take('fonts', siteFile(siteRoot, pagePath, $(element).attr('href')!)));
  $('link[rel~="icon"][href], img[src]').each((_i, element) => take('other', siteFile(siteRoot, pagePath, $(element).attr('href') ?? $(element).attr('src')!)));
  return { path: pagePath, byKind, total: ASSET_KINDS.reduce((sum, kind) => add(sum, byKind[kind]), empty()) };
}
