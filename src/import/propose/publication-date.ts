/**
 * The publication date at the precision the input supports: the page's
 * article:published_time or a dateline ("06:31 24/01/2023") gives the
 * minute; without one, a period inferred from the dates the text reports
 * (after the latest one it tells as past, before the first it announces),
 * marked approximate with a dating note saying so.
 */
import type { TextDate } from './text-dates.ts';

export interface ProposedDate {
  date: string;
  end?: string;
  approximate: boolean;
  /** What the date was read or inferred from, in Vietnamese (a "dating" note when inferred). */
  basis: string;
  inferred: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant in Vietnam time (UTC+07:00), as the archive writes minutes. */
function fromIso(iso: string): string | undefined {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return undefined;
  const local = new Date(instant + 7 * 3600_000);
  const day = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  // A bare date (no time given) stays a day.
  return /T\d{2}:\d{2}/.test(iso) ? `${day} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}` : day;
}

function fromDateLine(line: string): string | undefined {
  const day = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(line);
  if (!day) return undefined;
  const time = /(\d{1,2}):(\d{2})/.exec(line);
  const date = `${pad(Number(day[1]))}/${pad(Number(day[2]))}/${day[3]}`;
  return time ? `${date} ${pad(Number(time[1]))}:${time[2]}` : date;
}

const monthOf = (date: TextDate) => date.date.split('/').slice(-2).join('/');

export function proposeDate(meta: { publishedTime?: string; dateLine?: string }, dates: readonly TextDate[]): ProposedDate | undefined {
  const fromMeta = meta.publishedTime && fromIso(meta.publishedTime);
  if (fromMeta) return { date: fromMeta, approximate: false, basis: `thẻ article:published_time của trang (${meta.publishedTime}), giờ Việt Nam`, inferred: false };
  const fromLine = meta.dateLine && fromDateLine(meta.dateLine);
  if (fromLine) return { date: fromLine, approximate: false, basis: `dòng ghi thời gian của bản gốc (“${meta.dateLine}”), giờ Việt Nam`, inferred: false };

  const past = dates.filter((date) => !date.planned && date.precision === 'day').sort((a, b) => b.sortKey - a.sortKey)[0];
  if (!past) return undefined;
  const next = dates.filter((date) => date.planned && date.sortKey > past.sortKey).sort((a, b) => a.sortKey - b.sortKey)[0];
  const end = next && monthOf(next) !== monthOf(past) ? monthOf(next) : undefined;
  const basis = next
    ? `Bản gốc không ghi ngày đăng. Bài kể ngày ${past.date} như đã qua và nhắc tới ngày ${next.date} như sắp tới, nên bài được đăng trong khoảng giữa hai ngày này.`
    : `Bản gốc không ghi ngày đăng. Ngày muộn nhất bài viết nhắc tới là ${past.date}, nên thời điểm đăng được xác định gần đúng là tháng ${monthOf(past)}.`;
  return { date: monthOf(past), ...(end ? { end } : {}), approximate: true, basis, inferred: true };
}
