/**
 * The archive's one date formatter: Vietnamese wording, honest to precision.
 * "24/1/2023", "19–23/9/2022", "tháng 12/2023", "năm 2022", "khoảng tháng 2–3/2022".
 * One style everywhere: d/m/yyyy without leading zeros; the time of day only where asked
 * for (an article's own byline), never in a listing.
 */
import type { DateSpec, PartialDate } from '../content/dates.ts';
import { VIETNAM_UTC_OFFSET } from '../content/dates.ts';

const pad = (value: number) => String(value).padStart(2, '0');

function formatSingle(date: PartialDate, withTime: boolean): string {
  switch (date.precision) {
    case 'year':
      return `năm ${date.year}`;
    case 'month':
      return `tháng ${date.month}/${date.year}`;
    case 'day':
      return `${date.day}/${date.month}/${date.year}`;
    case 'minute':
      return withTime ? `${pad(date.hour!)}:${pad(date.minute!)} ngày ${date.day}/${date.month}/${date.year}` : `${date.day}/${date.month}/${date.year}`;
  }
}

/** "19–23/9/2022", "30/10–10/11/2023", "tháng 2–3/2022", "2021–2022". */
function formatSpan(start: PartialDate, end: PartialDate): string {
  const sameYear = start.year === end.year;
  if (start.precision === 'year' || end.precision === 'year') return `năm ${start.year}–${end.year}`;
  if (start.precision === 'month' || end.precision === 'month') {
    return sameYear
      ? `tháng ${start.month}–${end.month}/${end.year}`
      : `tháng ${start.month}/${start.year}–${end.month}/${end.year}`;
  }
  if (sameYear && start.month === end.month) return `${start.day}–${end.day}/${end.month}/${end.year}`;
  if (sameYear) return `${start.day}/${start.month}–${end.day}/${end.month}/${end.year}`;
  return `${start.day}/${start.month}/${start.year}–${end.day}/${end.month}/${end.year}`;
}

export interface DateWordingOptions {
  /** Say the time of day when the date has one ("06:31 ngày 24/1/2023"); off by default, so listings never show it. */
  withTime?: boolean;
}

/** Human Vietnamese text for a date or span, with "khoảng" when approximate. */
export function formatDateSpec(spec: DateSpec, options: DateWordingOptions = {}): string {
  const text = spec.end ? formatSpan(spec.start, spec.end) : formatSingle(spec.start, options.withTime ?? false);
  return spec.approximate ? `khoảng ${text}` : text;
}

/** A valid HTML `datetime` value at the date's own precision ("2023-12", "2022-09-19"). */
export function machineDate(date: PartialDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${year}-${pad(date.month!)}`;
  const day = `${year}-${pad(date.month!)}-${pad(date.day!)}`;
  if (date.precision === 'day') return day;
  return `${day}T${pad(date.hour!)}:${pad(date.minute!)}${VIETNAM_UTC_OFFSET}`;
}

/** The text with its first letter in capitals, for a label that opens a line ("Tháng 3/2014"). */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A month of a year's timeline as a sentence names it: "tháng 3/2014", or the year-only group. */
export function timelineMonthLabel(year: number, month?: number): string {
  return month === undefined
    ? `cả năm ${year} (không rõ tháng)`
    : formatDateSpec({ start: { year, month, precision: 'month' }, approximate: false });
}

/** Whether a date is known to the day (or the minute) and is not an estimate: only then is it a "ngày". */
export const isExactDay = (spec: DateSpec) =>
  !spec.approximate && spec.end === undefined && (spec.start.precision === 'day' || spec.start.precision === 'minute');
