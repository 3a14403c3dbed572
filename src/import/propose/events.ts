/**
 * Candidate events: each sentence that carries a date, as a commented YAML
 * list the editor can move into `events` (after checking the title, the
 * partners and the status).
 */
import type { TextDate } from './text-dates.ts';

const q = (text: string) => JSON.stringify(text);
const shorten = (sentence: string) => sentence.split(/\s+/).slice(0, 12).join(' ');

export function candidateEvents(dates: readonly TextDate[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const date of dates) {
    const key = `${date.date}|${date.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(
      `#  - id: su-kien-${seen.size}`,
      `#    title: ${q(shorten(date.sentence))}`,
      `#    date: ${q(date.date)}${date.end ? `\n#    end: ${q(date.end)}` : ''}`,
      `#    status: ${date.planned ? 'planned' : 'happened'}`,
      `#    partners: []`,
      `#    quote: ${q(date.sentence.replace(/[.;]$/, ''))}`,
    );
  }
  return lines;
}
