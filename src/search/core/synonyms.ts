/**
 * Synonyms from the archive's own data: a partner's acronym and names, a
 * glossary term and its aliases (src/archive/search-synonyms.ts gathers
 * them at build time). Lists that share a name are joined into one group,
 * so "STAMEQ", "TCĐLCL" and "Tổng cục Tiêu chuẩn Đo lường Chất lượng" find
 * each other. Names are compared under the site's folding (no marks, "đ" as
 * "d", tokens.ts), word by word and whole words only, as best bets are.
 */
import { foldedWords as nameWords, runAt, SHORTEST_NAME_INSIDE } from './best-bets.ts';
import type { QueryWord } from './match.ts';
import { foldWord } from './tokens.ts';

/** Groups of names that mean the same, each as written in the data, the first written form of a name kept. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Extra forms searched at most per query. Each one is a whole search of
 * every period (its words, bare and quoted, and its phrase), and search
 * speed is measured (issue 18): three more searches, not a group's dozen.
 */
export const MAX_SYNONYM_FORMS = 3;

/** Joins the lists that share a name (under folding) and drops the names a group repeats; groups of one name go. */
export function synonymGroups(lists: readonly (readonly string[])[]): string[][] {
  const groups: { keys: Set<string>; names: string[] }[] = [];
  for (const list of lists) {
    const names = list.filter((name) => nameWords(name).length > 0);
    const keys = new Set(names.map((name) => nameWords(name).join(' ')));
    const joined = groups.filter((group) => [...keys].some((key) => group.keys.has(key)));
    const group = { keys: new Set(joined.flatMap((each) => [...each.keys])), names: joined.flatMap((each) => each.names) };
    for (const name of names) {
      const key = nameWords(name).join(' ');
      if (!group.names.some((known) => nameWords(known).join(' ') === key)) group.names.push(name);
      group.keys.add(key);
    }
    groups.splice(0, groups.length, ...groups.filter((each) => !joined.includes(each)), group);
  }
  return groups.filter((group) => group.names.length > 1).map((group) => group.names);
}

/** One more way to search the query: a synonym in place of the name it holds. */
export interface SynonymForm {
  /** The synonym as the data writes it ("TCĐLCL"): what the status line names. */
  name: string;
  /** The query's words with the name's replaced by the synonym's, folded and whole. */
  words: QueryWord[];
}

const wholeWord = (word: string): QueryWord => ({ lower: word, folded: foldWord(word), marked: false, last: false });
const contains = (outer: readonly string[], inner: readonly string[]) => inner.every((word) => outer.includes(word));

/**
 * The other forms of the query: where the query holds a group's name as
 * whole words (the longest such name, then the first), the query with each
 * other name of the group in its place, in the group's order. A form whose
 * words include all of another's finds no page that one misses, and is left
 * out ("Tổng cục TCĐLCL" beside "TCĐLCL"); a one-word name shorter than best
 * bets take inside a query ("UN") counts only as the whole query.
 */
export function synonymForms(query: readonly QueryWord[], groups: SynonymGroups): SynonymForm[] {
  const words = query.map((word) => word.folded);
  let best: { group: readonly string[]; at: number; length: number } | undefined;
  for (const group of groups) {
    for (const name of group) {
      const key = nameWords(name);
      const at = runAt(words, key);
      if (at < 0 || (key.length === 1 && key.length < words.length && key[0]!.length < SHORTEST_NAME_INSIDE)) continue;
      if (!best || key.length > best.length || (key.length === best.length && at < best.at)) best = { group, at, length: key.length };
    }
  }
  if (!best) return [];
  const { group, at, length } = best;
  const typed = words.slice(at, at + length);
  const chosen: string[][] = [typed];
  const forms: SynonymForm[] = [];
  for (const name of group) {
    const key = nameWords(name);
    if (chosen.some((known) => contains(key, known))) continue;
    chosen.push(key);
    forms.push({ name, words: [...query.slice(0, at), ...key.map(wholeWord), ...query.slice(at + length)] });
    if (forms.length === MAX_SYNONYM_FORMS) break;
  }
  return forms;
}
