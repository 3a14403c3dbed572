/**
 * Pagefind (≥ 1.5) folds tone marks when it matches, so "dien" finds "diện"
 * — but "đ" has no Unicode decomposition and stays a letter of its own, so
 * "dien" never finds "điện". Readers without a Vietnamese keyboard write "d"
 * for both. A word typed without any mark that starts with "d" is therefore
 * also searched with "đ". Words typed with marks are taken as meant. Each
 * word is searched on its own (src/search/core/index-hits.ts), so the
 * searches grow with the words, not with their combinations.
 *
 * (Vietnamese spelling has d/đ only at the start of a syllable.)
 */
import { hasMarks } from './tokens.ts';

const mayMeanD = (word: string) => word.startsWith('d') && !hasMarks(word);

/** The forms to search a word under, the typed one first. */
export const wordForms = (word: string): string[] => (mayMeanD(word) ? [word, `đ${word.slice(1)}`] : [word]);
