/**
 * The two Pagefind bundles of a measured build: the site's own `pagefind/`
 * (which may hold one index per period, each a Pagefind "language") and the
 * one-pass reference over the whole archive, `pagefind-whole/`, which
 * Pagefind's plain JS API searches as a site without our search page would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SITE_BUNDLE = 'pagefind/';
export const REFERENCE_BUNDLE = 'pagefind-whole/';

/** The bundle Pagefind's plain API is measured on: the reference, or the site's own for builds made before it existed. */
export const plainApiBundle = (siteRoot: string) => (existsSync(join(siteRoot, REFERENCE_BUNDLE, 'pagefind.js')) ? REFERENCE_BUNDLE : SITE_BUNDLE);

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
