/**
 * What the search should answer, worked out by brute force from the indexed
 * text of every page (Pagefind's fragment), for the oracle test. The rule,
 * as README.md states it: a page is a result when, for every searched word,
 * one of its indexed words starts with it — as typed, without marks, or
 * with "d" for "đ" (a word typed without marks matches under the site's
 * folding, đ → d; a word typed with marks keeps its "đ"); the last word
 * may be unfinished (from MIN_PREFIX_LENGTH letters), earlier words are
 * whole. A phrase page holds the words whole, side by side in order.
 * A query holding a synonym group's name is answered by the union over its
 * forms (synonymForms(): each a list of words, a page matching a form when
 * every word of it is in the page, the synonym's words whole under folding);
 * the phrase is the typed words'.
 */
import { allowsPrefix, queryWords, type QueryWord } from '../../src/search/core/match.ts';
import { indexWords, pagefindFold } from '../../src/search/core/index-words.ts';
import { parseQuery } from '../../src/search/core/query.ts';
import { synonymForms, type SynonymGroups } from '../../src/search/core/synonyms.ts';
import { foldWord } from '../../src/search/core/tokens.ts';
import type { Random } from '../../scripts/bench/archive/random.ts';

export interface OraclePage {
  id: string;
  /** Per position, the words Pagefind indexed there (indexWords()). */
  positions: string[][];
}

export const oraclePage = (id: string, content: string): OraclePage => ({ id, positions: indexWords(content) });

function wordMatcher(word: QueryWord): (indexed: string) => boolean {
  const prefix = allowsPrefix(word);
  // Unmarked: compare with đ read as d; marked: as Pagefind folds (tone marks off, đ kept).
  const [typed, read] = word.marked ? [pagefindFold(word.lower), (w: string) => w] : [word.folded, foldWord];
  return (indexed) => (prefix ? read(indexed).startsWith(typed) : read(indexed) === typed);
}

function wholeMatcher(word: QueryWord): (indexed: string) => boolean {
  return wordMatcher({ ...word, last: false });
}

export interface Expected {
  results: Set<string>;
  /** The pages the typed words find (they lead the results). */
  typed: Set<string>;
  phrase: Set<string>;
}

const holdsAll = (page: OraclePage, matchers: readonly ((indexed: string) => boolean)[]) => matchers.every((matches) => page.positions.some((at) => at.some(matches)));

export function expectedAnswer(pages: readonly OraclePage[], query: string, synonyms: SynonymGroups = []): Expected {
  const words = queryWords(parseQuery(query).words);
  const matchers = words.map(wordMatcher);
  const others = synonymForms(words, synonyms).map((form) => form.words.map(wordMatcher));
  const whole = words.map(wholeMatcher);
  const results = new Set<string>();
  const typed = new Set<string>();
  const phrase = new Set<string>();
  for (const page of pages) {
    if (others.some((form) => holdsAll(page, form))) results.add(page.id);
    if (!holdsAll(page, matchers)) continue;
    results.add(page.id);
    typed.add(page.id);
    const together = page.positions.some((_at, start) => whole.every((matches, offset) => page.positions[start + offset]?.some(matches) ?? false));
    if (words.length > 1 && together) phrase.add(page.id);
  }
  return { results, typed, phrase };
}

/** A seeded query naming a synonym: one of a group's names, as written or without marks, sometimes with a word of the text after it. */
export function drawSynonymQuery(random: Random, groups: SynonymGroups, texts: readonly string[]): string {
  const name = random.pick(random.pick(groups));
  const typed = random.chance(0.5) ? name : foldWord(name);
  if (!random.chance(0.3)) return typed;
  const words = random.pick(texts).split(/\s+/).filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
  return words.length > 0 ? `${typed} ${foldWord(random.pick(words))}` : typed;
}

/** Query words as a reader may type an indexed word: as written, without marks, an unfinished start. */
function typedForm(random: Random, word: string, last: boolean): string {
  const way = random.integer(0, 2);
  let typed = way === 0 ? word : way === 1 ? foldWord(word) : pagefindFold(word);
  if (last && random.chance(0.4) && typed.length > 2) typed = typed.slice(0, random.integer(2, typed.length - 1));
  return typed;
}

/**
 * A seeded query drawn from the pages' text: 1–3 words, taken side by side
 * from one page (so phrases occur) or from different pages, each typed as
 * written, without marks, with "d" for "đ", or cut short when last.
 */
export function drawQuery(random: Random, texts: readonly string[]): string {
  const count = random.integer(1, 3);
  const together = random.chance(0.6);
  const pieces = (text: string) => text.normalize('NFC').split(/\s+/).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  const source = pieces(random.pick(texts));
  const start = random.integer(0, Math.max(0, source.length - count));
  const words: string[] = [];
  for (let index = 0; index < count; index++) {
    const from = together ? source : pieces(random.pick(texts));
    const piece = together ? (source[start + index] ?? random.pick(source)) : random.pick(from);
    const parts = piece.match(/[\p{L}\p{M}\p{N}]+/gu)!;
    // An abbreviation or date written with punctuation is typed whole ("ndcp") or as one of its parts.
    const word = parts.length > 1 && random.chance(0.5) ? parts.join('') : random.pick(parts);
    words.push(typedForm(random, word.toLowerCase(), index === count - 1));
  }
  return words.join(' ');
}
