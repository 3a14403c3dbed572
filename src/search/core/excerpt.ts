/**
 * The excerpt under a result: a window of the article's real words around
 * its best match, cut from the article text itself (so it always shows the
 * real Vietnamese, "xe điện" even when "xe dien" was typed), as plain text
 * segments. The page turns segments into text nodes and <mark> elements;
 * nothing here is HTML.
 */
import type { TextMatches } from './rank.ts';
import type { Token } from './tokens.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

export const EXCERPT_WORDS = 32;
/** Words of context kept before the first match in the window. */
const LEAD_IN = 8;

/** Splits tokens[from, to) of `text` into runs; adjacent marked words share one mark. */
export function segmentsOf(text: string, tokens: readonly Token[], marked: readonly boolean[], from = 0, to = tokens.length): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, isMarked: boolean) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last && last.marked === isMarked) last.text += piece;
    else segments.push({ text: piece, marked: isMarked });
  };
  for (let index = from; index < to; index += 1) {
    const token = tokens[index]!;
    if (index > from) {
      const gap = text.slice(tokens[index - 1]!.end, token.start);
      // A gap between two marked words is marked too when it is only spaces.
      push(gap, Boolean(marked[index - 1] && marked[index] && gap.trim() === ''));
    }
    push(token.text, marked[index]!);
  }
  return segments;
}

/** All of a short text (a title), words marked, including what precedes the first word and follows the last. */
export function markWholeText(text: string, tokens: readonly Token[], marked: readonly boolean[]): Segment[] {
  if (tokens.length === 0) return text === '' ? [] : [{ text, marked: false }];
  const head = text.slice(0, tokens[0]!.start);
  const tail = text.slice(tokens.at(-1)!.end);
  const segments = segmentsOf(text, tokens, marked);
  if (head !== '') segments.unshift({ text: head, marked: false });
  if (tail !== '') segments.push({ text: tail, marked: false });
  return segments;
}

function windowValue(matches: TextMatches, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length && index < matches.weights.length; index += 1) {
    if (matches.marked[index]) value += matches.weights[index]!;
  }
  const phrases = matches.phraseStarts.filter((phraseStart) => phraseStart >= start && phraseStart < start + length).length;
  return value + 2 * phrases;
}

/** Index of the first word of the best window: the one richest in marked words and phrases, earliest on ties. */
export function bestWindowStart(matches: TextMatches, length = EXCERPT_WORDS): number {
  let best = 0;
  let bestValue = -1;
  matches.marked.forEach((isMarked, position) => {
    if (!isMarked) return;
    const start = Math.max(0, position - LEAD_IN);
    const value = windowValue(matches, start, length);
    if (value > bestValue) [best, bestValue] = [start, value];
  });
  return best;
}

/** The excerpt's segments, with "…" where the article text goes on. */
export function buildExcerpt(text: string, tokens: readonly Token[], matches: TextMatches, length = EXCERPT_WORDS): Segment[] {
  if (tokens.length === 0) return [];
  const start = bestWindowStart(matches, length);
  const end = Math.min(tokens.length, start + length);
  const segments = segmentsOf(text, tokens, matches.marked, start, end);
  if (start > 0) segments.unshift({ text: '… ', marked: false });
  if (end < tokens.length) segments.push({ text: ' …', marked: false });
  return segments;
}

/** The distinct highlighted phrases, in order of appearance ("xe điện", "Đà Nẵng"). */
export const markedPhrases = (segments: readonly Segment[]): string[] => [
  ...new Set(segments.filter((segment) => segment.marked).map((segment) => segment.text)),
];
