import { describe, expect, it } from 'vitest';
import { eventsByMonth, timelineYears } from '../../../src/archive/timeline.ts';
import { fixtureArchive } from '../../helpers/archive-fixtures.ts';

const archive = fixtureArchive([
  {
    id: 'bai-2022',
    published: '1/1/2023',
    events: [
      { id: 'ca-nam', date: '2022' },
      { id: 'thang-9', date: '9/2022' },
      { id: 'ngay-19-9', date: '19/9/2022', end: '23/9/2022' },
      { id: 'ngay-30-10', date: '30/10/2022', end: '10/11/2022' },
      { id: 'du-kien', date: '3/2023', status: 'planned' },
    ],
  },
  { id: 'bai-2023', published: '1/5/2023', events: [{ id: 'thang-3', date: '12/3/2023' }] },
]);

describe('eventsByMonth', () => {
  it('puts year-only events first, then each month in date order; a span sits in its first month', () => {
    const [year2022] = timelineYears(archive);
    expect(eventsByMonth(year2022!.events).map(({ month, items }) => [month, items.map((event) => event.id)])).toEqual([
      [undefined, ['ca-nam']],
      [9, ['thang-9', 'ngay-19-9']],
      [10, ['ngay-30-10']],
    ]);
  });
});

describe('timelineYears', () => {
  it('counts events per month, year-only events, planned events and reporting articles', () => {
    expect(timelineYears(archive).map(({ year, byMonth, yearOnly, plannedCount, articleCount }) => ({ year, byMonth, yearOnly, plannedCount, articleCount }))).toEqual([
      { year: 2022, byMonth: [0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0], yearOnly: 1, plannedCount: 0, articleCount: 1 },
      { year: 2023, byMonth: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], yearOnly: 0, plannedCount: 1, articleCount: 2 },
    ]);
  });
});
