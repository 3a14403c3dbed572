/**
 * The event timeline cut the ways its pages need: years with their counts,
 * months within a year, and the counts behind the events-per-month chart.
 * Pure; events arrive in the archive's date order and keep it.
 */
import { eventsByYear } from './indexes.ts';
import type { Archive, ArchiveEvent } from './model.ts';

export interface MonthGroup {
  /** 1–12, or undefined for events known only to the year. */
  month?: number;
  items: ArchiveEvent[];
}

/**
 * Consecutive months of one year's events. Events known only to the year
 * come first, as the date order puts them, in a group without a month.
 */
export function eventsByMonth(events: readonly ArchiveEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const month = event.date.start.month;
    const last = groups.at(-1);
    if (last && last.month === month) last.items.push(event);
    else groups.push({ month, items: [event] });
  }
  return groups;
}

export interface TimelineYear {
  year: number;
  events: ArchiveEvent[];
  plannedCount: number;
  /** How many different articles report the year's events. */
  articleCount: number;
  /** Events per month, January first. */
  byMonth: number[];
  /** Events dated only to the year. */
  yearOnly: number;
}

/** Every year that has events, oldest first, with what the chart and summaries show. */
export function timelineYears(archive: Archive): TimelineYear[] {
  return eventsByYear(archive).map(({ year, items }) => {
    const byMonth = Array.from({ length: 12 }, () => 0);
    let yearOnly = 0;
    for (const event of items) {
      const month = event.date.start.month;
      if (month === undefined) yearOnly++;
      else byMonth[month - 1]!++;
    }
    return {
      year,
      events: items,
      plannedCount: items.filter((event) => event.status === 'planned').length,
      articleCount: new Set(items.map((event) => event.articleId)).size,
      byMonth,
      yearOnly,
    };
  });
}

/**
 * A year's events stay on one page up to this many; a busier year is shown
 * month by month (and a month busier still, in parts), so no timeline page
 * grows past about 15 KB compressed however large the archive gets.
 */
export const EVENTS_PER_TIMELINE_PAGE = 200;

/** Whether a year's timeline is one page of events or a page per month. */
export const splitByMonth = (year: TimelineYear) => year.events.length > EVENTS_PER_TIMELINE_PAGE;
