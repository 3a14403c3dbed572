/**
 * The archive is searched by period — a run of years, a year, or part of
 * a crowded year — newest first, each period with its own Pagefind index (so the first
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
/** Years are put together until a period has this many articles: a small archive is one period, searched at once. */
export const PERIOD_MIN_ARTICLES = 500;

/** What the search page says about a period (data-search-periods on the search app). */
export interface PeriodSummary {
  /** "2023"; "2017-2024" for a run of years; "2023p2", "2023p1" for the newer and older part of a split year. */
  key: string;
  /** Its first and last year. */
  from: number;
  to: number;
  articles: number;
}

/**
 * One article in a period file: the length of its title in index words
 * (Pagefind's text of a page starts with the title), its year, and its
 * topics and partners, as positions in the file's lists. Its position in the file is
 * its Pagefind sort key "rank". Readers' browsers need nothing more; the
 * article itself comes from Pagefind when it is shown.
 */
export type PeriodPage = [titleWords: number, year: number, topics: number[], partners: number[]];

/** Words as Pagefind counts positions: runs between spaces that hold a letter or digit. */
export const indexWordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** /tim-kiem/ky/<key>.json: the period's articles newest first. */
export interface PeriodFile {
  key: string;
  /** Topic and partner ids the pages refer to by position. */
  topics: string[];
  partners: string[];
  pages: PeriodPage[];
  /**
   * Each page's Pagefind fragment hash, in rank order: what Pagefind's
   * results name pages by. The indexer adds them once the index is written
   * (scripts/build/pagefind-index.ts); a file without them has no index.
   */
  fragments?: string[];
}

/** What a period file says of one article, before its topics and partners become positions. */
export interface PeriodEntry {
  title: string;
  year: number;
  topics: readonly string[];
  partners: readonly string[];
}

export function periodFileOf(key: string, entries: readonly PeriodEntry[]): PeriodFile {
  const topics = [...new Set(entries.flatMap((entry) => entry.topics))];
  const partners = [...new Set(entries.flatMap((entry) => entry.partners))];
  return {
    key,
    topics,
    partners,
    pages: entries.map((entry) => [indexWordCount(entry.title), entry.year, entry.topics.map((id) => topics.indexOf(id)), entry.partners.map((id) => partners.indexOf(id))]),
  };
}

/** /tim-kiem/ky/bai-viet.json: for the indexer only, each period's article ids in rank order. Removed once the index is written. */
export type IndexPlan = Record<string, string[]>;

/** The Pagefind sort key that numbers a period's articles newest first (0, 1, …): a filter-only search sorted by it lists them in the period file's order. */
export const RANK_SORT = 'rank';

const KEY = /^\d{4}(-\d{4}|p\d{1,2})?$/;

/** Pagefind's language key of a period's index. */
export function periodLanguage(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a period key: "${key}"`);
  return `vi-x-${key}`;
}

/** Reads a period file, naming what is wrong: a stale or hand-edited file must not silently mis-filter. */
export function parsePeriodFile(text: string, where: string): PeriodFile {
  const data = JSON.parse(text) as Partial<PeriodFile>;
  const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const isPositions = (value: unknown, size: number) => Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < size);
  if (typeof data.key !== 'string' || !KEY.test(data.key)) throw new Error(`${where}: "key" is not a period key`);
  if (!isStrings(data.topics)) throw new Error(`${where}: "topics" is not a list of ids`);
  if (!isStrings(data.partners)) throw new Error(`${where}: "partners" is not a list of ids`);
  if (!Array.isArray(data.pages)) throw new Error(`${where}: "pages" is not a list`);
  const { topics, partners } = data;
  data.pages.forEach((page, index) => {
    if (!Array.isArray(page) || !Number.isInteger(page[0]) || !Number.isInteger(page[1]) || !isPositions(page[2], topics.length) || !isPositions(page[3], partners.length)) {
      throw new Error(`${where}: pages[${index}] is not [title words, year, topic positions, partner positions]`);
    }
  });
  if (data.fragments !== undefined && (!isStrings(data.fragments) || data.fragments.length !== data.pages.length)) {
    throw new Error(`${where}: "fragments" is not one Pagefind fragment hash for each of the ${data.pages.length} pages`);
  }
  return data as PeriodFile;
}

/** Reads the indexer's plan, naming what is wrong. */
export function parseIndexPlan(text: string, where: string): IndexPlan {
  const data = JSON.parse(text) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${where}: not an object of periods`);
  for (const [key, ids] of Object.entries(data)) {
    if (!KEY.test(key)) throw new Error(`${where}: "${key}" is not a period key`);
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new Error(`${where}: "${key}" is not a list of article ids`);
  }
  return data as IndexPlan;
}
