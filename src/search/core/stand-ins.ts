/**
 * Pagefind's stand-ins: when no word of a period starts with a term,
 * Pagefind answers with the longest word the term starts with instead, and
 * those pages must be dropped. The whole-word searches and the one page's
 * text that tell them from real answers (see index-hits.ts for the rest).
 */
import { allowsPrefix, type QueryWord } from './match.ts';
import type { HitSearch, SearchHits } from './index-hits.ts';
import { indexWords, pagefindFold } from './index-words.ts';

/** Forms of an unfinished word that found pages but are not shown to be whole words of the period by any answer so far. */
function formsToProve(words: readonly QueryWord[], hits: readonly SearchHits[]): HitSearch[] {
  const proven = new Set(hits.filter((hit) => hit.search.kind !== 'folded' && hit.search.kind !== 'phrase' && hit.pages.size > 0).map((hit) => hit.search.form));
  return hits
    .filter(({ search, pages }) => search.kind === 'folded' && allowsPrefix(words[search.word]!) && pages.size > 0 && !proven.has(search.form))
    .map((hit) => hit.search);
}

/** The whole-word searches still needed after wordSearches() have answered. */
export const proofSearches = (words: readonly QueryWord[], hits: readonly SearchHits[]): HitSearch[] =>
  formsToProve(words, hits).map((search) => ({ ...search, term: `"${search.form}"`, kind: 'whole-word' as const }));

/**
 * Word forms whose hits cannot be taken at their word. When no word of a
 * period starts with the term, Pagefind answers with the longest word the
 * term starts with instead ("duong" → "du": pages with "dù" and "dự") —
 * for every page of its answer alike, as that word never starts with the
 * term; when some word does, every page of the answer holds such a word.
 * So one page decides for all: a form that is a whole word of the period
 * (a quoted search found it) has words starting with it; for the others,
 * one page's text tells, read as Pagefind reads it (prefixOccursIn).
 */
export const unprovenForms = (words: readonly QueryWord[], hits: readonly SearchHits[]): string[] => [...new Set(formsToProve(words, hits).map((search) => search.form))];

/** Drops the hits of a form that turned out to be Pagefind's stand-in for a word the period does not have. */
export const withoutForm = (hits: readonly SearchHits[], form: string): SearchHits[] => hits.filter((hit) => hit.search.form !== form);

/** True when some word Pagefind indexed of the text starts with the form, both folded as Pagefind folds them ("đ" kept). */
export function prefixOccursIn(text: string, form: string): boolean {
  const folded = pagefindFold(form);
  return folded !== '' && indexWords(text).some((words) => words.some((word) => word.startsWith(folded)));
}

