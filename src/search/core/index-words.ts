/**
 * The words Pagefind indexes, read the way it reads them, so the search can
 * check a page's text against what Pagefind answered. Pagefind cuts text at
 * white space; each piece is one position. It indexes the piece without its
 * punctuation ("NĐ-CP" → "nđcp", "30/10/2023" → "30102023") and, when
 * punctuation splits it, each part of two characters or more too ("nđ",
 * "cp"; "30", "10", "2023"; not the "9" of "28/9/2023"), all at the piece's
 * position. A piece of punctuation alone ("–") holds a position too, with
 * no word: "Á – Thái" are not side by side. It folds tone marks when it matches but keeps
 * "đ" (which has no decomposition): pagefindFold() is that folding.
 */

const PART = /[\p{L}\p{M}\p{N}_]+/gu;
// Inside a part, Pagefind also cuts where letters meet digits and where a
// capital follows a small letter: "CO2" → "co", "COP26" → "cop", "MoU" → "mo".

function subparts(part: string): string[] {
  const pieces = part.match(/\p{N}+|[^\p{N}]+/gu) ?? [];
  return pieces.flatMap((piece) => (/\p{N}/u.test(piece) ? [piece] : splitCase(piece)));
}

/** "MoU" → "Mo", "U"; "TCĐLCL" and "Quốc" stay whole. */
function splitCase(letters: string): string[] {
  return letters.split(/(?<=[\p{Ll}\p{M}])(?=\p{Lu})/u);
}

/** Lower case, tone marks dropped, "đ" kept: "Điện" → "điện" → "đien". */
export const pagefindFold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** For each position of the text (a piece between spaces), its indexed words, folded as Pagefind matches them. */
export function indexWords(text: string): string[][] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const parts = [...piece.matchAll(PART)].map((match) => match[0]);
      const pieces = parts.flatMap((part) => [part, ...subparts(part)]);
      const whole = pagefindFold(parts.join(''));
      const words = new Set([whole, ...pieces.map(pagefindFold).filter((word) => [...word].length > 1)]);
      return parts.length === 0 ? [] : [whole, ...[...words].filter((word) => word !== whole)];
    });
}
