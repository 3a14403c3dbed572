/**
 * Reading time for Vietnamese text. Vietnamese writes one syllable per
 * space-separated word; adult silent reading runs at about 200–250 of them a
 * minute, so 220 is used. Markup is not counted.
 */
const SYLLABLES_PER_MINUTE = 220;

export function countWords(text: string): number {
  return text
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / SYLLABLES_PER_MINUTE));
}
