/**
 * Dates written in an article's sentences ("ngày 17/02/2022", "6-9/12/2023",
 * "tháng 9/2021", "30/10/2023 – 10/11/2023"), each with its sentence and
 * whether the sentence announces it as still to come ("dự kiến", "sẽ",
 * "tới đây"): the material for a publication period and for candidate events.
 */
export interface TextDate {
  /** As the frontmatter writes it: "17/2/2022", "9/2021". */
  date: string;
  end?: string;
  precision: 'day' | 'month';
  /** Comparable: yyyymmdd (a month counts as its first day). */
  sortKey: number;
  /** Announced as planned at the time of writing. */
  planned: boolean;
  sentence: string;
}

const DAY_RANGE = /(?<!\d)(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\/(\d{1,2})\/(\d{4})(?:\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4}))?/g;
const MONTH = /tháng\s+(\d{1,2})\/(\d{4})/g;
const FUTURE = /(?<!\p{L})(?:dự kiến|sẽ|sắp)(?!\p{L})/gu;
const PAST = /(?<!\p{L})đã(?!\p{L})/u;

const valid = (day: number, month: number, year: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31 && year > 1900;

/** Planned when a future word stands in the few words before the date with no "đã" between, or "tới đây" follows it. */
function isPlanned(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(0, index).split(/\s+/).slice(-8).join(' ');
  const future = before.match(FUTURE);
  const after = sentence.slice(index + length, index + length + 12);
  if (/^\s*tới đây/u.test(after)) return true;
  if (!future) return false;
  const lastFuture = before.lastIndexOf(future.at(-1)!);
  return !PAST.test(before.slice(lastFuture));
}

export function textDates(sentences: readonly string[]): TextDate[] {
  const found: TextDate[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(DAY_RANGE)) {
      const [, d1, d2, m, y, ed, em, ey] = match;
      const day = Number(d1), month = Number(m), year = Number(y);
      if (!valid(day, month, year)) continue;
      const end = ed ? `${Number(ed)}/${Number(em)}/${ey}` : d2 ? `${Number(d2)}/${month}/${year}` : undefined;
      found.push({ date: `${day}/${month}/${year}`, end, precision: 'day', sortKey: year * 10000 + month * 100 + day, planned: isPlanned(sentence, match.index, match[0].length), sentence });
    }
    for (const match of sentence.matchAll(MONTH)) {
      const month = Number(match[1]), year = Number(match[2]);
      if (!valid(1, month, year)) continue;
      found.push({ date: `${month}/${year}`, precision: 'month', sortKey: year * 10000 + month * 100, planned: isPlanned(sentence, match.index, match[0].length), sentence });
    }
  }
  return found;
}
