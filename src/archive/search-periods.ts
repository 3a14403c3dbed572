/**
 * The archive cut into search periods (src/search/core/periods.ts): each
 * year newest first, a year of more than PERIOD_MAX_ARTICLES articles cut
 * into equal parts, newest part first. An article's position in its
 * period is its rank, the sort key its page gives Pagefind.
 */
import { articlesByYear } from './indexes.ts';
import type { Archive, Article } from './model.ts';
import { PERIOD_MAX_ARTICLES, periodFileOf, type IndexPlan, type PeriodFile, type PeriodSummary } from '../search/core/periods.ts';

export interface SearchPeriod {
  key: string;
  year: number;
  /** Newest first. */
  articles: Article[];
}

export function searchPeriods(archive: Archive, maxArticles = PERIOD_MAX_ARTICLES): SearchPeriod[] {
  return articlesByYear(archive).flatMap(({ year, items }) => {
    const parts = Math.ceil(items.length / maxArticles);
    if (parts === 1) return [{ key: String(year), year, articles: items }];
    const size = Math.ceil(items.length / parts);
    return Array.from({ length: parts }, (_unused, index) => ({
      key: `${year}-${parts - index}`,
      year,
      articles: items.slice(index * size, (index + 1) * size),
    }));
  });
}

/** Article id → its rank within its period. */
export const searchRanks = (periods: readonly SearchPeriod[]): Map<string, number> =>
  new Map(periods.flatMap((period) => period.articles.map((article, rank) => [article.id, rank] as const)));

export const periodSummary = (period: SearchPeriod): PeriodSummary => ({ key: period.key, year: period.year, articles: period.articles.length });

export const periodFile = (period: SearchPeriod): PeriodFile =>
  periodFileOf(
    period.key,
    period.year,
    period.articles.map((article) => ({ title: article.title, topics: article.topics.map((topic) => topic.id), partners: article.partners.map((partner) => partner.id) })),
  );

export const indexPlan = (periods: readonly SearchPeriod[]): IndexPlan =>
  Object.fromEntries(periods.map((period) => [period.key, period.articles.map((article) => article.id)]));
