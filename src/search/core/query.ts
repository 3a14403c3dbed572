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

export function parseQuery(raw: string): ParsedQuery {
  const collapsed = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const text = [...collapsed].slice(0, MAX_QUERY_CHARACTERS).join('').trim();
  const allWords = tokenize(text).map((token) => token.lower);
  const words = allWords.slice(0, MAX_QUERY_WORDS);
  const truncated = text.length < collapsed.length || words.length < allWords.length;
  if (text === '') return { text, words: [], problem: 'empty', truncated };
  if (words.length === 0) return { text, words: [], problem: 'no-words', truncated };
  return { text, words, truncated };
}
