/**
 * The archive cut into search periods (src/search/core/periods.ts), newest
 * first: years are put together until a period holds PERIOD_MIN_ARTICLES
 * (the oldest period takes what is left), and a year of more than
 * PERIOD_MAX_ARTICLES is cut into equal parts, newest part first. So three
 * articles are one period, 10,000 over fifteen years are fifteen, and no
 * period grows past the maximum however large the archive. An article's
 * position in its period is its rank, the sort key its page gives Pagefind.
 */
import { articlesByYear } from './indexes.ts';
import type { Archive, Article, YearGroup } from './model.ts';
import { PERIOD_MAX_ARTICLES, PERIOD_MIN_ARTICLES, periodFileOf, type IndexPlan, type PeriodFile, type PeriodSummary } from '../search/core/periods.ts';

export interface SearchPeriod {
  key: string;
  from: number;
  to: number;
  /** Newest first. */
  articles: Article[];
}

export function searchPeriods(archive: Archive, limits = { min: PERIOD_MIN_ARTICLES, max: PERIOD_MAX_ARTICLES }): SearchPeriod[] {
  const periods: SearchPeriod[] = [];
  let run: YearGroup<Article>[] = [];
  let inRun = 0;
  const closeRun = () => {
    if (run.length === 0) return;
    const [newest, oldest] = [run[0]!.year, run.at(-1)!.year];
    periods.push({ key: newest === oldest ? String(newest) : `${oldest}-${newest}`, from: oldest, to: newest, articles: run.flatMap(({ items }) => items) });
    [run, inRun] = [[], 0];
  };
  for (const group of articlesByYear(archive)) {
    if (group.items.length > limits.max) {
      closeRun();
      const parts = Math.ceil(group.items.length / limits.max);
      const size = Math.ceil(group.items.length / parts);
      for (let part = 0; part < parts; part += 1) {
        periods.push({ key: `${group.year}p${parts - part}`, from: group.year, to: group.year, articles: group.items.slice(part * size, (part + 1) * size) });
      }
      continue;
    }
    // A year that would push a run past the maximum starts a run of its own.
    if (inRun + group.items.length > limits.max) closeRun();
    run.push(group);
    inRun += group.items.length;
    if (inRun >= limits.min) closeRun();
  }
  closeRun();
  return periods;
}

/** Article id → its rank within its period. */
export const searchRanks = (periods: readonly SearchPeriod[]): Map<string, number> =>
  new Map(periods.flatMap((period) => period.articles.map((article, rank) => [article.id, rank] as const)));

export const periodSummary = (period: SearchPeriod): PeriodSummary => ({ key: period.key, from: period.from, to: period.to, articles: period.articles.length });

export const periodFile = (period: SearchPeriod): PeriodFile =>
  periodFileOf(
    period.key,
    period.articles.map((article) => ({ title: article.title, year: article.year, topics: article.topics.map((topic) => topic.id), partners: article.partners.map((partner) => partner.id) })),
  );

export const indexPlan = (periods: readonly SearchPeriod[]): IndexPlan =>
  Object.fromEntries(periods.map((period) => [period.key, period.articles.map((article) => article.id)]));
