/**
 * The words Pagefind indexes, read the way it reads them, so the search can
 * check a page's text against what Pagefind answered. Pagefind cuts text at
 * white space; each piece is one position. It indexes the piece without its
 * punctuation ("NĐ-CP" → "nđcp", "30/10/2023" → "30102023") and, when
 * punctuation splits it, each part too ("nđ", "cp"; "30", "10", "2023"), all
 * at the piece's position. It folds tone marks when it matches but keeps
 * "đ" (which has no decomposition): pagefindFold() is that folding.
 */

const PART = /[\p{L}\p{M}\p{N}_]+/gu;

/** Lower case, tone marks dropped, "đ" kept: "Điện" → "điện" → "đien". */
export const pagefindFold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** For each position of the text (a piece between spaces with a letter or digit), its indexed words, folded as Pagefind matches them. */
export function indexWords(text: string): string[][] {
  const positions: string[][] = [];
  for (const piece of text.normalize('NFC').split(/\s+/)) {
    const parts = [...piece.matchAll(PART)].map((match) => pagefindFold(match[0]));
    if (parts.length === 0) continue;
    positions.push(parts.length === 1 ? parts : [parts.join(''), ...parts]);
  }
  return positions;
}
