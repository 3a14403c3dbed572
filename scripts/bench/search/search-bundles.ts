/**
 * What a measured build offers search: the site's own bundle `pagefind/`
 * (one index per period, each a Pagefind "language"), the one-pass
 * reference over the whole archive `pagefind-whole/`, which Pagefind's
 * plain JS API searches as a site without our search page would, and the
 * search page's address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SITE_BUNDLE = 'pagefind/';
export const REFERENCE_BUNDLE = 'pagefind-whole/';
export const SEARCH_PAGE = 'tim-kiem/';

export interface IndexLayout {
  /** Indexes in the bundle: one per period, or one for the whole archive. */
  indexes: number;
  /** Pages of the largest index: what one indexing pass of the project holds at once. */
  largestPages: number;
}

/** Reads a bundle's pagefind-entry.json, which lists every index ("language") with its page count. */
export function indexLayout(siteRoot: string, bundle = SITE_BUNDLE): IndexLayout {
  const entry = JSON.parse(readFileSync(join(siteRoot, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const counts = Object.values(entry.languages).map((language) => language.page_count);
  return { indexes: counts.length, largestPages: Math.max(0, ...counts) };
}
