/**
 * The archive is searched by period — a year, or part of a crowded year —
 * newest first, each period with its own Pagefind index (so the first
 * results need only the newest period's index) and its own small file of
 * facet membership written from the archive (so filters and counts need no
 * Pagefind search). Both sides read this module: the data module and the
 * indexer that write the files, and the search page that reads them.
 *
 * All periods' indexes live in one Pagefind bundle folder, so the engine's
 * script and wasm are fetched once; Pagefind tells the indexes apart by
 * language, and each period is the private-use language tag "vi-x-<key>".
 */

/** A year with more articles than this is split, so no one index (or its indexing) grows with the archive. */
export const PERIOD_MAX_ARTICLES = 1000;

/** What the search page says about a period (data-search-periods on the search app). */
export interface PeriodSummary {
  /** "2023", or "2023-2", "2023-1" for the newer and older part of a split year. */
  key: string;
  year: number;
  articles: number;
}

/**
 * One article in a period file: its id, the length of its title in index
 * words (Pagefind's text of a page starts with the title), its topic ids
 * and partner ids. Its position in the file is its Pagefind sort key "rank".
 */
export type PeriodPage = [id: string, titleWords: number, topics: string[], partners: string[]];

/** Words as Pagefind counts positions: runs between spaces that hold a letter or digit. */
export const indexWordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** /tim-kiem/ky/<key>.json: the period's articles newest first. */
export interface PeriodFile {
  key: string;
  year: number;
  pages: PeriodPage[];
}

/** The Pagefind sort key that numbers a period's articles newest first (0, 1, …), tying index results to the period file. */
export const RANK_SORT = 'rank';

const KEY = /^\d{4}(-\d+)?$/;

/** Pagefind's language key of a period's index. */
export function periodLanguage(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a period key: "${key}"`);
  return `vi-x-${key}`;
}

/** Reads a period file, naming what is wrong: a stale or hand-edited file must not silently mis-filter. */
export function parsePeriodFile(text: string, where: string): PeriodFile {
  const data = JSON.parse(text) as Partial<PeriodFile>;
  const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (typeof data.key !== 'string' || !KEY.test(data.key)) throw new Error(`${where}: "key" is not a period key`);
  if (typeof data.year !== 'number') throw new Error(`${where}: "year" is not a number`);
  if (!Array.isArray(data.pages)) throw new Error(`${where}: "pages" is not a list`);
  data.pages.forEach((page, index) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number' || !isStrings(page[2]) || !isStrings(page[3])) {
      throw new Error(`${where}: pages[${index}] is not [id, title words, topics, partners]`);
    }
  });
  return data as PeriodFile;
}
