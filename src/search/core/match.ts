/**
 * How well one article word answers one query word. Pagefind only says which
 * pages match (loosely: any prefix, any tone marks); ranking and highlighting
 * need to know what each word really matched, the Vietnamese way:
 *
 * - exact: same letters and marks ("năng" = "năng")
 * - folded: same once marks are dropped and đ read as d ("nang" = "Nẵng",
 *   "dien" = "điện"). Full value when the reader typed no marks at all; when
 *   they did type marks, a different-marked word is a weak match, so "năng"
 *   ranks "năng lượng" above "Đà Nẵng".
 * - prefix: the last word still being typed ("quoc t" → "tế"); weakest.
 */
import { foldWord, hasMarks, type Token } from './tokens.ts';

export type MatchKind = 'exact' | 'folded' | 'prefix';

export interface QueryWord {
  lower: string;
  folded: string;
  /** True when the reader typed marks in this word. */
  marked: boolean;
  /** True for the last word, which may be unfinished. */
  last: boolean;
}

export const MATCH_WEIGHTS = { exact: 1, folded: 1, foldedAgainstMarks: 0.3, prefix: 0.25 } as const;

/** Shorter prefixes than this match far too much ("d" → every d-word). */
export const MIN_PREFIX_LENGTH = 2;

export function queryWords(words: readonly string[]): QueryWord[] {
  return words.map((word, index) => ({
    lower: word,
    folded: foldWord(word),
    marked: hasMarks(word),
    last: index === words.length - 1,
  }));
}

export function matchKind(word: QueryWord, token: Token): MatchKind | undefined {
  if (token.lower === word.lower) return 'exact';
  if (token.folded === word.folded) return 'folded';
  if (allowsPrefix(word) && token.folded.startsWith(word.folded)) return 'prefix';
  return undefined;
}

/** What a match of this kind is worth for this word. */
export function kindWeight(word: QueryWord, kind: MatchKind): number {
  if (kind === 'folded') return word.marked ? MATCH_WEIGHTS.foldedAgainstMarks : MATCH_WEIGHTS.folded;
  return MATCH_WEIGHTS[kind];
}

/** True when the last word may match the start of a longer word. */
export const allowsPrefix = (word: QueryWord): boolean => word.last && word.folded.length >= MIN_PREFIX_LENGTH;

/** 0 when the token does not answer the word, up to 1 for a full match. */
export function matchWeight(word: QueryWord, token: Token): number {
  const kind = matchKind(word, token);
  return kind === undefined ? 0 : kindWeight(word, kind);
}
