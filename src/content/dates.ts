/**
 * Dates as the archive knows them: with their precision, never more exact than
 * the source. Editors write them Vietnamese-style ("24/01/2023 06:31",
 * "20/12/2023", "12/2023", "2022") — a form YAML leaves as a string, so a
 * typo such as "45/13/2023" reaches us and is rejected instead of being
 * silently rolled over into a real date.
 *
 * All instants are Vietnam time (Asia/Ho_Chi_Minh, UTC+07:00, no DST);
 * nothing here reads the build machine's zone or clock.
 */
// The function's own module: the package's index would pull all of date-fns into every test file (4.6 s each).
import { isExists } from 'date-fns/isExists';

export type DatePrecision = 'minute' | 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  precision: DatePrecision;
}

/** A date or span as a page shows it. */
export interface DateSpec {
  start: PartialDate;
  /** End of a span of days, or of an uncertain range ("tháng 2–3/2022"). */
  end?: PartialDate;
  approximate: boolean;
}

export const VIETNAM_UTC_OFFSET = '+07:00';
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const DATE_PATTERN = /^(?:(?:(\d{1,2})\/)?(\d{1,2})\/)?(\d{4})(?: (\d{1,2}):(\d{2}))?$/;

/** Parses "d/m/yyyy hh:mm", "d/m/yyyy", "m/yyyy" or "yyyy"; throws a Vietnamese-free, editor-facing message. */
export function parseVietnameseDate(text: string): PartialDate {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) {
    throw new Error(`"${text}" không phải ngày tháng: hãy viết d/m/yyyy, m/yyyy, yyyy hoặc d/m/yyyy hh:mm`);
  }
  const [, dayText, monthText, yearText, hourText, minuteText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (hourText !== undefined && day === undefined) {
    throw new Error(`"${text}" có giờ nhưng không có ngày`);
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new Error(`"${text}": không có tháng ${month}`);
  }
  if (day !== undefined && !isExists(year, month! - 1, day)) {
    throw new Error(`"${text}" không phải ngày có thật (tháng ${month}/${year} không có ngày ${day})`);
  }
  if (hourText === undefined) {
    return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' };
  }
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23 || minute > 59) throw new Error(`"${text}" có giờ không thể có`);
  return { year, month, day, hour, minute, precision: 'minute' };
}

/** Milliseconds since the epoch of the first instant the date covers, in Vietnam time. */
export function startInstant(date: PartialDate): number {
  const utc = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0);
  return utc - VIETNAM_OFFSET_MS;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/**
 * Chronological order for dates of mixed precision: by first instant, and
 * where two start together the coarser one ("tháng 10/2023") comes before
 * the finer ("1/10/2023"), then shorter spans before longer ones.
 */
export function compareDateSpecs(a: DateSpec, b: DateSpec): number {
  return (
    startInstant(a.start) - startInstant(b.start) ||
    PRECISION_RANK[a.start.precision] - PRECISION_RANK[b.start.precision] ||
    startInstant(a.end ?? a.start) - startInstant(b.end ?? b.start)
  );
}

/** True when `end` does not come before `start`. */
export function isOrderedSpan(start: PartialDate, end: PartialDate): boolean {
  return startInstant(end) >= startInstant(start);
}
