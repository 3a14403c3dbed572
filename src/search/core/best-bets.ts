/**
 * Best bets: when a query names a partner, a topic or a year, the page of
 * that partner, topic or year is offered above the results ("Đối tác:
 * ISO — 2 bài"). The names are those the search page already carries for
 * its filters (the id in the URL, the label, a partner's Vietnamese name),
 * so no request is made for them. Names and query are compared under the
 * site's folding (no marks, "đ" as "d", src/search/core/tokens.ts), word by
 * word and whole words only: "is", typed on the way to "iso", names nothing.
 */
import { tokenize } from './tokens.ts';
import type { FacetKey } from './url-state.ts';

/** One page a query may name: a filter value and the page that lists its articles. */
export interface BestBetCandidate {
  facet: FacetKey;
  /** The filter value (year, topic id, partner id). */
  id: string;
  /** What the filter shows ("ISO", "Xe điện", "2023"). */
  label: string;
  /** Other names the page carries for it (a partner's Vietnamese name). */
  names: readonly string[];
  /** Articles the archive holds for it. */
  count: number;
  /** The page's address. */
  href: string;
}

/** At most this many are offered: a best bet is a shortcut, not a second result list. */
export const MAX_BEST_BETS = 3;
/**
 * A one-word name this short ("SA", "UL") names a page only as the whole
 * query: inside a longer one it is more likely a Vietnamese word ("sa mạc").
 */
export const SHORTEST_NAME_INSIDE = 3;

/** A name's or query's words, folded: what names and queries are compared by. */
export const foldedWords = (text: string): string[] => tokenize(text.normalize('NFC')).map((token) => token.folded);

/** Where `name` stands in `words` as a run of whole words, or -1. */
export function runAt(words: readonly string[], name: readonly string[]): number {
  if (name.length === 0 || name.length > words.length) return -1;
  for (let start = 0; start + name.length <= words.length; start++) {
    if (name.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

interface Named {
  candidate: BestBetCandidate;
  /** Where its name starts among the query's words, and how many words it takes. */
  at: number;
  length: number;
  index: number;
}

/** Where one of the candidate's names stands in the query: the longest, then the first. */
function nameIn(words: readonly string[], candidate: BestBetCandidate, index: number): Named | undefined {
  let best: Named | undefined;
  // The id is the URL's form of a name: taken only as the whole query ("iso"), as readers type it.
  const names: (readonly string[])[] = [...new Set([candidate.label, ...candidate.names])].map(foldedWords);
  if (words.join(' ') === foldedWords(candidate.id).join(' ')) names.push(words);
  for (const name of names) {
    const at = runAt(words, name);
    if (at < 0) continue;
    if (name.length < words.length && name.length === 1 && name[0]!.length < SHORTEST_NAME_INSIDE) continue;
    if (!best || name.length > best.length || (name.length === best.length && at < best.at)) best = { candidate, at, length: name.length, index };
  }
  return best;
}

/**
 * The candidates the query names. A name that is the whole query is the
 * answer (several candidates may share it); otherwise the names inside the
 * query, longest first and none within another's words ("Tổ chức Năng suất
 * Châu Á" names the APO, not also the topic "năng suất"), in the order typed.
 */
export function bestBets(query: string, candidates: readonly BestBetCandidate[]): BestBetCandidate[] {
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const named = candidates.flatMap((candidate, index) => nameIn(words, candidate, index) ?? []);
  const whole = named.filter((found) => found.length === words.length);
  if (whole.length > 0) return whole.slice(0, MAX_BEST_BETS).map(({ candidate }) => candidate);
  const taken = new Set<number>();
  const kept: Named[] = [];
  for (const found of [...named].sort((a, b) => b.length - a.length || a.at - b.at || a.index - b.index)) {
    const places = Array.from({ length: found.length }, (_, offset) => found.at + offset);
    if (places.some((place) => taken.has(place))) continue;
    for (const place of places) taken.add(place);
    kept.push(found);
  }
  return kept
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .slice(0, MAX_BEST_BETS)
    .map(({ candidate }) => candidate);
}
