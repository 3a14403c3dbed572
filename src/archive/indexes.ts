/**
 * Derived listings over a built Archive. Pure functions; every page that
 * lists articles or events gets them from here, so all pages agree.
 */
import type { Archive, ArchiveEvent, Article, Partner, Topic, YearGroup } from './model.ts';

/** A thing and how many articles it has: what the index pages and the home page list. */
export interface Counted<T> {
  item: T;
  count: number;
}

/** Items by key, keys in first-seen order, items in their order. */
export function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    // push, not spread: a group of 10,000 articles must not copy its list 10,000 times.
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Groups items by a year, newest year first, keeping the items' order. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number, newestFirst = true): YearGroup<T>[] {
  return [...groupBy(items, yearOf).entries()]
    .sort(([a], [b]) => (newestFirst ? b - a : a - b))
    .map(([year, groupItems]) => ({ year, items: groupItems }));
}

export const articlesByYear = (archive: Archive): YearGroup<Article>[] =>
  groupByYear(archive.articles, (article) => article.year);

/** Timeline years oldest first, events in date order. */
export const eventsByYear = (archive: Archive): YearGroup<ArchiveEvent>[] =>
  groupByYear(archive.timeline, (event) => event.date.start.year, false);

export interface YearSummary {
  year: number;
  articleCount: number;
  /** Articles whose date is inferred, filed under their best-known year. */
  approximateCount: number;
}

/** Publication years, newest first, with their article counts. */
export const yearSummaries = (archive: Archive): YearSummary[] =>
  articlesByYear(archive).map(({ year, items }) => ({
    year,
    articleCount: items.length,
    approximateCount: items.filter((article) => article.published.approximate).length,
  }));

export const articlesWithTopic = (archive: Archive, topic: Topic): Article[] =>
  archive.articles.filter((article) => article.topics.some((candidate) => candidate.id === topic.id));

/** Articles that list the partner, newest first. */
export const articlesWithPartner = (archive: Archive, partner: Partner): Article[] =>
  archive.articles.filter((article) => article.partners.some((candidate) => candidate.id === partner.id));

export const eventsWithPartner = (archive: Archive, partner: Partner): ArchiveEvent[] =>
  archive.timeline.filter((event) => event.partners.some((candidate) => candidate.id === partner.id));

/** How many articles name each partner / topic, counted in one pass. */
function countReferences(archive: Archive, idsOf: (article: Article) => { id: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of archive.articles) {
    for (const { id } of idsOf(article)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Every partner in collation order with its article count (zero included). */
export function partnersWithCounts(archive: Archive): Counted<Partner>[] {
  const counts = countReferences(archive, (article) => article.partners);
  return archive.partners.map((partner) => ({ item: partner, count: counts.get(partner.id) ?? 0 }));
}

/** Every topic in collation order with its article count (zero included). */
export function topicsWithCounts(archive: Archive): Counted<Topic>[] {
  const counts = countReferences(archive, (article) => article.topics);
  return archive.topics.map((topic) => ({ item: topic, count: counts.get(topic.id) ?? 0 }));
}

/** Most articles first; ties keep the incoming (collation) order; never zero counts. */
export function mostFrequent<T>(counted: readonly Counted<T>[], limit = Infinity): Counted<T>[] {
  return counted
    .filter(({ count }) => count > 0)
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.count - a.entry.count || a.order - b.order)
    .slice(0, limit)
    .map(({ entry }) => entry);
}
