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
 *   per page: cheap, and no positions to score with) — see unprovenForms().
 *
 * A page is a result only when every word occurs in it; the positions give
 * how often each word occurs, whether in the title, and where the words
 * stand together as typed. combineScore() (rank.ts) turns that into the
 * score the text ranking gives, whichever period the page is in.
 */
import { kindWeight, type QueryWord } from './match.ts';
import { combineScore } from './rank.ts';
import { foldWord, tokenize, wordForms } from './tokens.ts';

export type HitKind = 'folded' | 'whole-word' | 'exact-marks';

export interface HitSearch {
  /** Index of the query word it answers. */
  word: number;
  /** What Pagefind is asked. */
  term: string;
  /** 'exact-marks' runs with Pagefind's exactDiacritics option: only the marks as typed. */
  kind: HitKind;
  /** The word form searched (the typed word or its đ form). */
  form: string;
}

/** The searches that find the words in a period: each form bare, and a word typed with marks with those marks. */
export function wordSearches(words: readonly QueryWord[]): HitSearch[] {
  return words.flatMap((word, index) => [
    ...wordForms(word.lower).map((form) => ({ word: index, term: form, kind: 'folded' as const, form })),
    ...(word.marked ? [{ word: index, term: `"${word.lower}"`, kind: 'exact-marks' as const, form: word.lower }] : []),
  ]);
}

/** Forms that found pages but are not shown to be whole words of the period by any answer so far. */
function formsToProve(hits: readonly SearchHits[]): HitSearch[] {
  const proven = new Set(hits.filter((hit) => hit.search.kind !== 'folded' && hit.pages.size > 0).map((hit) => hit.search.form));
  return hits.filter((hit) => hit.search.kind === 'folded' && hit.pages.size > 0 && !proven.has(hit.search.form)).map((hit) => hit.search);
}

/** The whole-word searches still needed after wordSearches() have answered. */
export const proofSearches = (hits: readonly SearchHits[]): HitSearch[] =>
  formsToProve(hits).map((search) => ({ ...search, term: `"${search.form}"`, kind: 'whole-word' as const }));

/** One search's answer: for each page (its rank in the period), the word positions found. */
export interface SearchHits {
  search: HitSearch;
  pages: ReadonlyMap<number, readonly number[]>;
}

/**
 * Word forms whose hits cannot be taken at their word. When no word of a
 * period starts with the term, Pagefind answers with the longest word the
 * term starts with instead ("duong" → "du": pages with "dù" and "dự"). A
 * form that is a whole word of the period (a quoted search found it) has,
 * by that, words starting with it; for the others, one page's text tells
 * (prefixOccursIn).
 */
export const unprovenForms = (hits: readonly SearchHits[]): string[] => [...new Set(formsToProve(hits).map((search) => search.form))];

/** Drops the hits of a form that turned out to be Pagefind's stand-in for a word the period does not have. */
export const withoutForm = (hits: readonly SearchHits[], form: string): SearchHits[] => hits.filter((hit) => hit.search.form !== form);

/** True when some word of the text starts with the form, as our folding reads both. */
export function prefixOccursIn(text: string, form: string): boolean {
  const folded = foldWord(form);
  return folded !== '' && tokenize(text.normalize('NFC')).some((token) => token.folded.startsWith(folded));
}

/** For one page and one query word: the weight of each position where it occurs. */
type Positions = Map<number, number>;

function phraseStarts(perWord: readonly Positions[], from: number, to: number): number {
  let count = 0;
  for (const start of perWord[0]!.keys()) {
    if (start >= from && start + perWord.length <= to && perWord.every((positions, offset) => positions.has(start + offset))) count += 1;
  }
  return count;
}

function best(positions: Positions, inRange: (position: number) => boolean): { weight: number; count: number } {
  let weight = 0;
  let count = 0;
  for (const [position, value] of positions) {
    if (!inRange(position)) continue;
    if (value > weight) [weight, count] = [value, 1];
    else if (value === weight) count += 1;
  }
  return { weight, count };
}

/**
 * Scores every page in which all the words occur. `titleWords(rank)` is
 * the length of the page's title in words: the index text starts with it.
 */
export function scorePages(words: readonly QueryWord[], hits: readonly SearchHits[], titleWords: (rank: number) => number): Map<number, number> {
  // Pages where a word typed with marks stands with those marks: its matches there are exact.
  const withMarks = words.map((_word, index) => new Set(hits.filter(({ search }) => search.kind === 'exact-marks' && search.word === index).flatMap(({ pages }) => [...pages.keys()])));
  const perPage = new Map<number, Positions[]>();
  for (const { search, pages } of hits) {
    if (search.kind !== 'folded') continue;
    const word = words[search.word]!;
    for (const [rank, positions] of pages) {
      let page = perPage.get(rank);
      if (!page) perPage.set(rank, (page = words.map(() => new Map())));
      const weight = kindWeight(word, withMarks[search.word]!.has(rank) ? 'exact' : 'folded');
      const found = page[search.word]!;
      for (const position of positions) found.set(position, Math.max(found.get(position) ?? 0, weight));
    }
  }
  const scores = new Map<number, number>();
  for (const [rank, perWord] of perPage) {
    if (perWord.some((positions) => positions.size === 0)) continue;
    const title = titleWords(rank);
    const body = perWord.map((positions) => best(positions, (position) => position >= title));
    const inTitle = perWord.map((positions) => best(positions, (position) => position < title));
    const score = combineScore({
      bodyBest: body.map(({ weight }) => weight),
      bodyCount: body.map(({ count }) => count),
      bodyPhrases: words.length > 1 ? phraseStarts(perWord, title, Infinity) : 0,
      titleBest: inTitle.map(({ weight }) => weight),
      titlePhrase: words.length > 1 && phraseStarts(perWord, 0, title) > 0,
    });
    scores.set(rank, score);
  }
  return scores;
}
