/**
 * Pagefind (≥ 1.5) folds tone marks when it matches, so "dien" finds "diện"
 * — but "đ" has no Unicode decomposition and stays a letter of its own, so
 * "dien" never finds "điện". Readers without a Vietnamese keyboard write "d"
 * for both. The query is therefore expanded: every word typed without any
 * mark that starts with "d" is also tried with "đ", and Pagefind is asked
 * once per combination. Words typed with marks are taken as meant.
 *
 * (Vietnamese spelling has d/đ only at the start of a syllable.)
 */
import { hasMarks } from './tokens.ts';

/** At most 2^4 = 16 Pagefind searches for one query. */
export const MAX_BRANCHING_WORDS = 4;

const mayMeanD = (word: string) => word.startsWith('d') && !hasMarks(word);

/**
 * The word lists to search for, the typed one first. Only the first
 * MAX_BRANCHING_WORDS ambiguous words branch; later ones stay as typed.
 */
export function dVariants(words: readonly string[]): string[][] {
  let variants: string[][] = [[]];
  let branching = 0;
  for (const word of words) {
    const alternatives = mayMeanD(word) && branching < MAX_BRANCHING_WORDS ? [word, `đ${word.slice(1)}`] : [word];
    if (alternatives.length > 1) branching += 1;
    variants = variants.flatMap((prefix) => alternatives.map((alternative) => [...prefix, alternative]));
  }
  return variants;
}
