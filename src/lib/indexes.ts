/**
 * Derived listings over a built Archive. Pure functions; every page that
 * lists articles or events gets them from here, so all pages agree.
 */
import type { Archive, ArchiveEvent, Article, Partner, Topic, YearGroup } from './model';

/** Groups items by a year, newest year first, keeping the items' order. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number, newestFirst = true): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (newestFirst ? b - a : a - b))
    .map(([year, groupItems]) => ({ year, items: groupItems }));
}

export const articlesByYear = (archive: Archive): YearGroup<Article>[] =>
  groupByYear(archive.articles, (article) => article.year);

/** Timeline years oldest first, events in date order. */
export const eventsByYear = (archive: Archive): YearGroup<ArchiveEvent>[] =>
  groupByYear(archive.timeline, (event) => event.date.start.year, false);

export const articlesWithTopic = (archive: Archive, topic: Topic): Article[] =>
  archive.articles.filter((article) => article.topics.some((candidate) => candidate.id === topic.id));

/** Articles that list the partner, newest first. */
export const articlesWithPartner = (archive: Archive, partner: Partner): Article[] =>
  archive.articles.filter((article) => article.partners.some((candidate) => candidate.id === partner.id));

export const eventsWithPartner = (archive: Archive, partner: Partner): ArchiveEvent[] =>
  archive.timeline.filter((event) => event.partners.some((candidate) => candidate.id === partner.id));

/** Partners ordered by how many articles name them, most first (ties: collation order kept). */
export function partnersByPresence(archive: Archive): { partner: Partner; count: number }[] {
  return archive.partners
    .map((partner) => ({ partner, count: articlesWithPartner(archive, partner).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * Related articles: a shared partner weighs 2, a shared topic 1; best first,
 * newer first on ties, never the article itself, only those sharing something.
 */
export function relatedArticles(archive: Archive, article: Article, limit = 3): Article[] {
  const partnerIds = new Set(article.partners.map((partner) => partner.id));
  const topicIds = new Set(article.topics.map((topic) => topic.id));
  return archive.articles
    .filter((candidate) => candidate.id !== article.id)
    .map((candidate, order) => ({
      candidate,
      order,
      score:
        2 * candidate.partners.filter((partner) => partnerIds.has(partner.id)).length +
        candidate.topics.filter((topic) => topicIds.has(topic.id)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The chronological neighbours of an article: `older` was published before it, `newer` after. */
export function neighbours(archive: Archive, article: Article): { older?: Article; newer?: Article } {
  const index = archive.articles.findIndex((candidate) => candidate.id === article.id);
  return { newer: archive.articles[index - 1], older: archive.articles[index + 1] };
}
