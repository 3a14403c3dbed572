/**
 * Best bets: when a query names a partner, a topic or a year, the page of
 * that partner, topic or year is offered above the results ("Trang đối tác:
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
const SHORTEST_NAME_INSIDE = 3;

const foldedWords = (text: string): string[] => tokenize(text.normalize('NFC')).map((token) => token.folded);

/** Where `name` stands in `words` as a run of whole words, or -1. */
function runAt(words: readonly string[], name: readonly string[]): number {
  if (name.length === 0 || name.length > words.length) return -1;
  for (let start = 0; start + name.length <= words.length; start++) {
    if (name.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

/**
 * The candidates the query names, best first: those whose name is the
 * whole query, then those named inside it, in the order the query names
 * them. A candidate counts once, however many of its names match.
 */
export function bestBets(query: string, candidates: readonly BestBetCandidate[]): BestBetCandidate[] {
  const words = foldedWords(query);
  if (words.length === 0) return [];
  const found: { candidate: BestBetCandidate; whole: boolean; at: number; index: number }[] = [];
  candidates.forEach((candidate, index) => {
    let best: { whole: boolean; at: number } | undefined;
    for (const name of [candidate.id, candidate.label, ...candidate.names]) {
      const nameWords = foldedWords(name);
      const at = runAt(words, nameWords);
      if (at < 0) continue;
      const whole = nameWords.length === words.length;
      if (!whole && nameWords.length === 1 && nameWords[0]!.length < SHORTEST_NAME_INSIDE) continue;
      if (!best || (whole && !best.whole) || (whole === best.whole && at < best.at)) best = { whole, at };
    }
    if (best) found.push({ candidate, ...best, index });
  });
  return found
    .sort((a, b) => Number(b.whole) - Number(a.whole) || a.at - b.at || a.index - b.index)
    .slice(0, MAX_BEST_BETS)
    .map(({ candidate }) => candidate);
}
