/** The index builders every listing page reads, over small archives made through the real schema. */
import { describe, expect, it } from 'vitest';
import {
  articlesByYear,
  articlesWithPartner,
  articlesWithTopic,
  eventsByYear,
  eventsWithPartner,
  groupByYear,
  mostFrequent,
  partnersWithCounts,
  topicsWithCounts,
  yearSummaries,
} from '../../../src/archive/indexes.ts';
import type { Archive } from '../../../src/archive/model.ts';
import { fixtureArchive } from '../../helpers/archive-fixtures.ts';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const find = <T extends { id: string }>(items: readonly T[], id: string): T => items.find((item) => item.id === id)!;

const archive: Archive = fixtureArchive([
  { id: 'iso-2023', published: '20/12/2023', topics: ['do-luong', 'xe-dien'], partners: ['iso', 'bsi'] },
  { id: 'khoang-2023', published: '12/2023', approximate: true, topics: ['xe-dien'], partners: ['iso'] },
  { id: 'apo-2022', published: '24/1/2022 06:31', topics: ['chat-luong'], partners: ['apo'] },
  { id: 'bsi-2022', published: '3/2022', topics: ['do-luong'], partners: ['bsi'] },
  { id: 'mot-minh-2021', published: '2021', topics: ['an-toan'] },
]);

describe('years', () => {
  it('groups newest year first and keeps the articles newest first within a year', () => {
    expect(articlesByYear(archive).map(({ year, items }) => [year, ids(items)])).toEqual([
      [2023, ['iso-2023', 'khoang-2023']],
      [2022, ['bsi-2022', 'apo-2022']],
      [2021, ['mot-minh-2021']],
    ]);
  });

  it('files an approximate date in its best-known year and counts it as approximate', () => {
    expect(ids(articlesByYear(archive).find(({ year }) => year === 2023)!.items)).toEqual(['iso-2023', 'khoang-2023']);
    expect(yearSummaries(archive)).toEqual([
      { year: 2023, articleCount: 2, approximateCount: 1 },
      { year: 2022, articleCount: 2, approximateCount: 0 },
      { year: 2021, articleCount: 1, approximateCount: 0 },
    ]);
  });

  it('groupByYear can run oldest first and keeps the incoming order inside a year', () => {
    const items = [{ y: 2020, n: 'b' }, { y: 2019, n: 'a' }, { y: 2020, n: 'c' }];
    expect(groupByYear(items, (item) => item.y, false)).toEqual([
      { year: 2019, items: [{ y: 2019, n: 'a' }] },
      { year: 2020, items: [{ y: 2020, n: 'b' }, { y: 2020, n: 'c' }] },
    ]);
  });
});

describe('topics', () => {
  it('counts every topic, in Vietnamese collation order (Đ after D, not after X)', () => {
    expect(topicsWithCounts(archive).map(({ item, count }) => [item.label, count])).toEqual([
      ['An toàn', 1],
      ['Biến đổi khí hậu', 0],
      ['Chất lượng', 1],
      ['Đo lường', 2],
      ['Halal', 0],
      ['Xe điện', 2],
    ]);
  });

  it('lists a topic\'s articles newest first', () => {
    expect(ids(articlesWithTopic(archive, find(archive.topics, 'do-luong')))).toEqual(['iso-2023', 'bsi-2022']);
  });

  it('mostFrequent puts the largest counts first, keeps collation order on ties and drops zeros', () => {
    const counted = [{ item: 'a', count: 1 }, { item: 'b', count: 0 }, { item: 'c', count: 3 }, { item: 'd', count: 1 }];
    expect(mostFrequent(counted)).toEqual([{ item: 'c', count: 3 }, { item: 'a', count: 1 }, { item: 'd', count: 1 }]);
    expect(mostFrequent(counted, 2).map(({ item }) => item)).toEqual(['c', 'a']);
  });
});

describe('partners', () => {
  it('lists exactly the articles that name a partner, newest first', () => {
    expect(ids(articlesWithPartner(archive, find(archive.partners, 'bsi')))).toEqual(['iso-2023', 'bsi-2022']);
    expect(ids(articlesWithPartner(archive, find(archive.partners, 'ptb')))).toEqual([]);
  });

  it('ranks partners by how many articles name them, leaving out those never named', () => {
    expect(mostFrequent(partnersWithCounts(archive)).map(({ item, count }) => [item.id, count])).toEqual([
      ['bsi', 2],
      ['iso', 2],
      ['apo', 1],
    ]);
  });
});

describe('timeline', () => {
  const timeline = fixtureArchive([
    {
      id: 'bai-a',
      published: '1/1/2023',
      partners: ['iso', 'apo'],
      events: [
        { id: 'span', date: '19/9/2022', end: '23/9/2022', partners: ['iso'] },
        { id: 'day-19', date: '19/9/2022' },
        { id: 'month', date: '9/2022' },
        { id: 'ke-hoach', date: '3/2023', status: 'planned', partners: ['apo'] },
      ],
    },
    { id: 'bai-b', published: '1/2/2023', partners: ['iso'], events: [{ id: 'year', date: '2022', partners: ['iso'] }, { id: 'day-1', date: '1/9/2022' }] },
  ]);

  it('orders mixed precisions: year, then month, then days; a day before the span that starts on it', () => {
    expect(timeline.timeline.map((event) => event.id)).toEqual(['year', 'month', 'day-1', 'day-19', 'span', 'ke-hoach']);
  });

  it('groups events by year oldest first and links each to its paragraph anchor', () => {
    expect(eventsByYear(timeline).map(({ year, items }) => [year, items.length])).toEqual([
      [2022, 5],
      [2023, 1],
    ]);
    expect(timeline.timeline[0]!.path).toBe('/bai-viet/bai-b/#su-kien-year');
  });

  it('finds the events a partner took part in, in date order', () => {
    expect(eventsWithPartner(timeline, find(timeline.partners, 'iso')).map((event) => event.id)).toEqual(['year', 'span']);
  });
});
