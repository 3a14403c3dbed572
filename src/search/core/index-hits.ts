/**
 * Ranking from the index alone, so results can be ordered (and counted)
 * before any article text is downloaded, and ordered the same way in every
 * period. Each query word is searched on its own in a period's Pagefind
 * index, so the searches grow with the words, not their d/đ combinations:
 *
 * - each form of the word (wordForms() in tokens.ts: "d" also as "đ"), bare: Pagefind
 *   finds the words that start with it under any tone marks, with their
 *   positions — a folded match (src/search/core/match.ts);
 * - a word typed with marks also "quoted" with Pagefind's exactDiacritics:
 *   the pages where it stands with the marks as typed, whose matches count
 *   as exact — which ranks "năng lượng" above "Đà Nẵng";
 * - then, for a form those answers do not show to be a whole word of the
 *   period, the form "quoted" (Pagefind's quoted search reports one place
 *   per page: cheap, and no positions to score with) — see stand-ins.ts.
 *
 * - a word that must be whole (all but the last) "quoted" too, and for two
 *   words or more the words quoted together (the pages holding the phrase).
 *
 * A page is a result only when every word occurs in it; the positions give
 * how often each word occurs, whether in the title, and where the words
 * stand together as typed. combineScore() (rank.ts) turns that into the
 * score the text ranking gives, whichever period the page is in.
 */
import { allowsPrefix, kindWeight, type QueryWord } from './match.ts';
import { combineScore } from './rank.ts';
import { wordForms } from './tokens.ts';

export type HitKind = 'folded' | 'whole-word' | 'exact-marks' | 'phrase';

export interface HitSearch {
  /** Index of the query word it answers (-1 for a phrase of all of them). */
  word: number;
  /** What Pagefind is asked. */
  term: string;
  /** 'exact-marks' runs with Pagefind's exactDiacritics option: only the marks as typed. */
  kind: HitKind;
  /** The word form searched (the typed word or a đ form; for a phrase, its forms joined by spaces). */
  form: string;
}

/** Phrase searches tried at most: one for each combination of the words' d/đ forms. */
export const MAX_PHRASE_SEARCHES = 8;

function phraseSearches(words: readonly QueryWord[]): HitSearch[] {
  if (words.length < 2) return [];
  let phrases = [''];
  for (const word of words) phrases = phrases.flatMap((phrase) => wordForms(word.lower).map((form) => (phrase ? `${phrase} ${form}` : form)));
  return phrases.slice(0, MAX_PHRASE_SEARCHES).map((form) => ({ word: -1, term: `"${form}"`, kind: 'phrase' as const, form }));
}

/**
 * The searches that find the words in a period: each form bare (words
 * starting with it); a word that must be whole (all but the last, and a
 * last word too short to be a prefix) also "quoted", which finds the pages
 * where it stands as a whole word; a word typed with marks with those
 * marks; and, for two words or more, the words "quoted" together: the
 * pages where they stand side by side in order.
 */
export function wordSearches(words: readonly QueryWord[]): HitSearch[] {
  return [
    ...words.flatMap((word, index) => [
      ...wordForms(word.lower).map((form) => ({ word: index, term: form, kind: 'folded' as const, form })),
      ...(allowsPrefix(word) ? [] : wordForms(word.lower).map((form) => ({ word: index, term: `"${form}"`, kind: 'whole-word' as const, form }))),
      ...(word.marked ? [{ word: index, term: `"${word.lower}"`, kind: 'exact-marks' as const, form: word.lower }] : []),
    ]),
    ...phraseSearches(words),
  ];
}

/** Word positions, in whatever array holds them (in the browser, views of one answer's Int32Array). */
export type Positions = ArrayLike<number> & Iterable<number>;

/** One search's answer: for each page (its rank in the period), the word positions found. */
export interface SearchHits {
  search: HitSearch;
  pages: ReadonlyMap<number, Positions>;
}

/**
 * The pages of these answers where the term stands in the text. Pagefind
 * also matches a page's metadata (the date "năm 2022"), with no position:
 * such a page does not hold the word in its text.
 */
const inText = (hits: readonly SearchHits[]): Set<number> =>
  new Set(hits.flatMap(({ pages }) => [...pages].filter(([, positions]) => positions.length > 0).map(([rank]) => rank)));

/** Sorted, without repeats: one search's positions usually are already (checked, not assumed). */
function sortedPositions(lists: readonly Positions[]): ArrayLike<number> {
  if (lists.length === 1) {
    const only = lists[0]!;
    let ascending = true;
    for (let at = 1; at < only.length && ascending; at++) ascending = only[at - 1]! < only[at]!;
    if (ascending) return only;
  }
  const all = Int32Array.from(lists.flatMap((list) => [...list])).sort();
  return all.filter((position, at) => at === 0 || position !== all[at - 1]);
}

/** How many of the sorted `positions` come before `limit`. */
function countBefore(positions: ArrayLike<number>, limit: number): number {
  let count = 0;
  while (count < positions.length && positions[count]! < limit) count += 1;
  return count;
}

/** How many times the words stand side by side in order, starting in [from, to) and ending before `to`; each word's positions sorted. */
function phraseStarts(perWord: readonly ArrayLike<number>[], from: number, to: number): number {
  const next = perWord.map(() => 0);
  let count = 0;
  const first = perWord[0]!;
  for (let at = 0; at < first.length; at++) {
    const start = first[at]!;
    if (start < from) continue;
    if (start + perWord.length > to) break;
    let together = true;
    for (let offset = 1; offset < perWord.length; offset++) {
      const positions = perWord[offset]!;
      let cursor = next[offset]!;
      while (cursor < positions.length && positions[cursor]! < start + offset) cursor += 1;
      next[offset] = cursor;
      if (positions[cursor] !== start + offset) together = false;
    }
    if (together) count += 1;
  }
  return count;
}

/**
 * Scores every page in which all the words occur. `titleWords(rank)` is
 * the length of the page's title in words: the index text starts with it.
 * A word weighs the same at each of its positions in a page (exact where
 * its marks stand as typed anywhere in the page), so a page's score needs
 * only, for each word, how many positions fall in the title and in the
 * body, and where the words stand together: sorted arrays, walked once
 * (at 10,000 articles this runs over every period's answers on the page).
 */
export function scorePages(words: readonly QueryWord[], hits: readonly SearchHits[], titleWords: (rank: number) => number): Map<number, number> {
  // Pages where a word typed with marks stands with those marks: its matches there are exact.
  const withMarks = words.map((_word, index) => new Set(hits.filter(({ search }) => search.kind === 'exact-marks' && search.word === index).flatMap(({ pages }) => [...pages.keys()])));
  // Pages where a word that must be whole stands whole (under any of its forms) in the text.
  const whole = words.map((word, index) => (allowsPrefix(word) ? undefined : inText(hits.filter(({ search }) => search.kind === 'whole-word' && search.word === index))));
  // For each page, each word's position lists (one per form that found it).
  const perPage = new Map<number, Positions[][]>();
  for (const { search, pages } of hits) {
    if (search.kind !== 'folded') continue;
    for (const [rank, positions] of pages) {
      if (positions.length === 0 || (whole[search.word] && !whole[search.word]!.has(rank))) continue;
      let page = perPage.get(rank);
      if (!page) perPage.set(rank, (page = words.map(() => [])));
      page[search.word]!.push(positions);
    }
  }
  const scores = new Map<number, number>();
  for (const [rank, lists] of perPage) {
    if (lists.some((list) => list.length === 0)) continue;
    const perWord = lists.map(sortedPositions);
    const title = titleWords(rank);
    const weights = words.map((word, index) => kindWeight(word, withMarks[index]!.has(rank) ? 'exact' : 'folded'));
    const inTitle = perWord.map((positions) => countBefore(positions, title));
    const inBody = perWord.map((positions, index) => positions.length - inTitle[index]!);
    const score = combineScore({
      bodyBest: inBody.map((count, index) => (count > 0 ? weights[index]! : 0)),
      bodyCount: inBody,
      bodyPhrases: words.length > 1 ? phraseStarts(perWord, title, Infinity) : 0,
      titleBest: inTitle.map((count, index) => (count > 0 ? weights[index]! : 0)),
      titlePhrase: words.length > 1 && phraseStarts(perWord, 0, title) > 0,
    });
    scores.set(rank, score);
  }
  return scores;
}

/** The scored pages where the words stand together in order (a phrase search found them). */
export function phrasePages(hits: readonly SearchHits[], scores: ReadonlyMap<number, number>): Set<number> {
  return new Set([...inText(hits.filter(({ search }) => search.kind === 'phrase'))].filter((rank) => scores.has(rank)));
}
