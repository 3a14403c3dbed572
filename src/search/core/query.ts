/**
 * What the reader typed, made searchable: trimmed, Unicode-normalised,
 * split into words the same way article text is split (src/search/core/tokens.ts),
 * and bounded, with a reason when nothing searchable is left.
 */
import { tokenize } from './tokens.ts';

/** Longer input is cut here: nobody types more, and a pasted essay must not stall a phone. */
export const MAX_QUERY_CHARACTERS = 200;
/** Words searched; Pagefind requires every word, so more would rarely find anything. */
export const MAX_QUERY_WORDS = 10;

export type QueryProblem = 'empty' | 'no-words';

export interface ParsedQuery {
  /** The query as it is shown back and kept in the URL: trimmed, spaces collapsed, NFC. */
  text: string;
  /** Lower-case words to search for, in the order typed. */
  words: string[];
  /** Why there is nothing to search for, if so. */
  problem?: QueryProblem;
  /** True when characters or words beyond the limits were dropped. */
  truncated: boolean;
}

/**
 * The words of one piece typed between spaces. A date or number written
 * with punctuation ("28/9/2023", "6.12") is one word, as Pagefind indexes it
 * ("2892023"): Pagefind does not index its one-digit parts apart, so "9"
 * alone would find nothing (src/search/core/index-words.ts).
 */
function pieceWords(piece: string): string[] {
  const words = tokenize(piece).map((token) => token.lower);
  const date = words.length > 1 && words.every((word) => /^\p{N}+$/u.test(word)) && words.some((word) => word.length === 1);
  return date ? [words.join('')] : words;
}

export function parseQuery(raw: string): ParsedQuery {
  const collapsed = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const text = [...collapsed].slice(0, MAX_QUERY_CHARACTERS).join('').trim();
  const allWords = text.split(' ').flatMap(pieceWords);
  const words = allWords.slice(0, MAX_QUERY_WORDS);
  const truncated = text.length < collapsed.length || words.length < allWords.length;
  if (text === '') return { text, words: [], problem: 'empty', truncated };
  if (words.length === 0) return { text, words: [], problem: 'no-words', truncated };
  return { text, words, truncated };
}
