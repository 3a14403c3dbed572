/**
 * What an editor probably meant: the ids nearest to an unknown one, and the
 * passage of a text nearest to a quote that is not in it, with the first
 * character where they part marked.
 */
import { distance } from 'fastest-levenshtein';

/** The known ids fewest edits from `id` (or containing it), up to three, when within a few edits. */
export function nearestIds(id: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 4));
  const costs = [...known]
    .map((candidate) => ({ candidate, cost: candidate.includes(id) || id.includes(candidate) ? 1 : distance(id, candidate) }))
    .filter(({ cost }) => cost <= limit);
  const best = Math.min(...costs.map(({ cost }) => cost));
  return costs
    .filter(({ cost }) => cost === best)
    .map(({ candidate }) => candidate)
    .sort()
    .slice(0, 3);
}

export interface NearPassage {
  /** The passage, as long as the quote (to the end of a word), with the first differing character in ⟦ ⟧. */
  marked: string;
  /** 1-based position in the quote of the first character that differs. */
  at: number;
  /** The text's character there and the quote's. */
  found: string;
  quoted: string;
}

/** The passage of `texts` that agrees with the longest start of `quote` (at least a third of it), or undefined. */
export function nearestPassage(quote: string, texts: readonly string[]): NearPassage | undefined {
  let best: { text: string; start: number; length: number } | undefined;
  for (const text of texts) {
    for (let start = text.indexOf(quote[0]!); start !== -1; start = text.indexOf(quote[0]!, start + 1)) {
      let length = 0;
      while (length < quote.length && text[start + length] === quote[length]) length++;
      if (!best || length > best.length) best = { text, start, length };
    }
  }
  if (!best || best.length < Math.max(4, quote.length / 3)) return undefined;
  const { text, start, length } = best;
  const found = text[start + length] ?? '';
  // As long as the quote, to the end of its last word.
  const space = text.slice(start + quote.length).search(/\s/);
  const end = space === -1 ? text.length : start + quote.length + space;
  return {
    marked: `${text.slice(start, start + length)}⟦${found || '…'}⟧${text.slice(start + length + 1, end)}`,
    at: length + 1,
    found,
    quoted: quote[length]!,
  };
}
