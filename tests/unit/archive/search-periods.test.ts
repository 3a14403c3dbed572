/**
 * How the archive is cut into search periods (src/archive/search-periods.ts)
 * and what the period files and the index plan say: a small archive is one
 * period, quiet years run together, a crowded year is cut into parts, and
 * every article is in exactly one period at the rank its page gives Pagefind.
 */
import { describe, expect, it } from 'vitest';
import { indexPlan, periodFile, searchPeriods, searchRanks } from '../../../src/archive/search-periods.ts';
import { parsePeriodFile, periodLanguage } from '../../../src/search/core/periods.ts';
import { fixtureArchive, type FixtureArticle } from '../../helpers/archive-fixtures.ts';

/** `count` articles in `year`, newest first within it. */
const inYear = (year: number, count: number): FixtureArticle[] =>
  Array.from({ length: count }, (_, index) => ({ id: `bai-${year}-${index + 1}`, published: `${(index % 28) + 1}/${(index % 12) + 1}/${year}`, topics: ['xe-dien'], partners: ['iso'] }));

const shape = (articles: FixtureArticle[], limits: { min: number; max: number }) =>
  searchPeriods(fixtureArchive(articles), limits).map((period) => [period.key, period.articles.length]);

describe('searchPeriods', () => {
  it('keeps a small archive in one period, its years run together', () => {
    expect(shape([...inYear(2023, 2), ...inYear(2022, 1)], { min: 500, max: 1000 })).toEqual([['2022-2023', 3]]);
  });

  it('runs years together until a period is big enough, the oldest taking what is left', () => {
    expect(shape([...inYear(2024, 3), ...inYear(2023, 3), ...inYear(2022, 2), ...inYear(2021, 1)], { min: 5, max: 10 })).toEqual([
      ['2023-2024', 6],
      ['2021-2022', 3],
    ]);
  });

  it('cuts a crowded year into equal parts, newest part first, and never runs a year past the maximum', () => {
    expect(shape([...inYear(2024, 2), ...inYear(2023, 25), ...inYear(2022, 9)], { min: 5, max: 10 })).toEqual([
      ['2024', 2],
      ['2023p3', 9],
      ['2023p2', 9],
      ['2023p1', 7],
      ['2022', 9],
    ]);
  });

  it('puts every article in one period, newest first, at the rank its page gives Pagefind; the files say the same', () => {
    const archive = fixtureArchive([...inYear(2024, 3), ...inYear(2023, 12)]);
    const periods = searchPeriods(archive, { min: 2, max: 10 });
    expect(periods.flatMap((period) => period.articles.map((article) => article.id))).toEqual(archive.articles.map((article) => article.id));
    const ranks = searchRanks(periods);
    const plan = indexPlan(periods);
    for (const period of periods) {
      const file = parsePeriodFile(JSON.stringify(periodFile(period)), period.key);
      expect(plan[period.key]).toEqual(period.articles.map((article) => article.id));
      period.articles.forEach((article, rank) => {
        expect(ranks.get(article.id)).toBe(rank);
        const [, year, topics, partners] = file.pages[rank]!;
        expect([year, topics.map((index) => file.topics[index]), partners.map((index) => file.partners[index])]).toEqual([article.year, ['xe-dien'], ['iso']]);
      });
      expect(periodLanguage(period.key)).toMatch(/^vi-x-[0-9p-]+$/);
    }
  });

  it("reads the indexer's fragment hashes, and names the field when they do not match the pages", () => {
    const [period] = searchPeriods(fixtureArchive(inYear(2024, 2)), { min: 2, max: 10 });
    const file = periodFile(period!);
    expect(parsePeriodFile(JSON.stringify({ ...file, fragments: ['vi_a1', 'vi_b2'] }), '2024.json').fragments).toEqual(['vi_a1', 'vi_b2']);
    for (const fragments of [['vi_a1'], ['vi_a1', 7], 'vi_a1']) {
      expect(() => parsePeriodFile(JSON.stringify({ ...file, fragments }), '2024.json')).toThrow('2024.json: "fragments" is not one Pagefind fragment hash for each of the 2 pages');
    }
  });
});
