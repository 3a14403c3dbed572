/**
 * Words of a text with their positions, in the three forms matching needs:
 * as written, lower case, and folded the way readers type without tone
 * marks (đ → d). Queries and article text are split by the same rule so a
 * typed word and an indexed word can be compared directly.
 */
import { foldVietnamese } from '../../urls/slug.ts';

export interface Token {
  /** The word exactly as written. */
  text: string;
  /** Offset of its first character in the (NFC) text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  lower: string;
  /** Lower case, tone marks dropped, đ → d: "Điện" → "dien". */
  folded: string;
}

// Letters, combining marks and digits; everything else (spaces, punctuation,
// "&", "/", "-") separates words, as it does for Pagefind.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Folding normalises each word twice; articles repeat their words, so the
 * folded form of each lower-case word is kept (a vocabulary's worth, capped).
 */
const folded = new Map<string, string>();
const FOLDED_KEPT = 50_000;
function fold(lower: string): string {
  let form = folded.get(lower);
  if (form === undefined) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(lower, (form = foldVietnamese(lower)));
  }
  return form;
}

export const foldWord = (word: string): string => fold(word.toLowerCase());

/** True when the word carries any Vietnamese mark (tone, circumflex, breve, horn, or đ). */
export const hasMarks = (word: string): boolean => foldWord(word) !== word.toLowerCase();

/** Splits NFC text into words; offsets refer to the string as passed. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => {
    const lower = match[0].toLowerCase();
    return { text: match[0], start: match.index, end: match.index + match[0].length, lower, folded: fold(lower) };
  });
}

/** How many of a word's "d" letters are also tried as "đ": 2 makes at most 4 forms ("tcdlcl", "nd"). */
export const D_LETTERS_TRIED = 2;

/**
 * The forms to search a word under, the typed one first. Pagefind (≥ 1.5)
 * folds tone marks when it matches, so "dien" finds "diện" — but "đ" has no
 * Unicode decomposition and stays a letter of its own, so "dien" never
 * finds "điện". Readers without a Vietnamese keyboard write "d" for both: in
 * a word typed without any mark, each of its first D_LETTERS_TRIED "d"
 * letters may stand for "đ" — at the start of a syllable and inside an
 * abbreviation alike ("tcdlcl" → "tcđlcl", "qdtdc" → "qđtđc"). Words typed
 * with marks are taken as meant.
 */
export function wordForms(word: string): string[] {
  if (hasMarks(word)) return [word];
  const places = [...word.matchAll(/d/g)].slice(0, D_LETTERS_TRIED).map((match) => match.index);
  let forms = [word];
  for (const place of places) forms = forms.flatMap((form) => [form, `${form.slice(0, place)}đ${form.slice(place + 1)}`]);
  return forms;
}
