/**
 * Every route's params and props, built once from an archive: what each
 * route file's getStaticPaths() returns, checked without a build.
 */
import { describe, expect, it } from 'vitest';
import { buildRoutes } from '../../../src/routing/routes.ts';
import { ARTICLES_PER_PAGE } from '../../../src/archive/paginate.ts';
import { relatedArticles } from '../../../src/archive/related-articles.ts';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { fixtureArchive, type FixtureArticle } from '../../helpers/archive-fixtures.ts';

const url = urlResolver('https://example.org', '/luu-tru/');

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('article routes: related articles and neighbours', () => {
  const related = fixtureArchive([
    { id: 'goc', published: '1/6/2023', topics: ['xe-dien', 'do-luong'], partners: ['iso', 'bsi'] },
    { id: 'chung-chu-de', published: '1/5/2023', topics: ['xe-dien', 'do-luong'] },
    { id: 'chung-doi-tac', published: '1/4/2023', topics: ['an-toan'], partners: ['iso'] },
    { id: 'chung-ca-hai', published: '1/1/2020', topics: ['xe-dien'], partners: ['bsi'] },
    { id: 'chung-mot-chu-de-moi', published: '1/3/2023', topics: ['do-luong'] },
    { id: 'chung-mot-chu-de-cu', published: '1/2/2023', topics: ['xe-dien'] },
    { id: 'khong-lien-quan', published: '1/7/2023', topics: ['chat-luong'], partners: ['apo'] },
  ]);
  const routes = buildRoutes(related, url).articles;
  const routeOf = (id: string) => routes.find((route) => route.params.slug === id)!;
  const origin = routeOf('goc').props.article;

  it('has one route per article, its slug the article id', () => {
    expect(routes.map((route) => route.params.slug)).toEqual(ids(related.articles));
  });

  it('ranks a shared partner above a shared topic, sums them, and breaks ties newest first', () => {
    // Scores: chung-ca-hai 3, chung-doi-tac 2 and chung-chu-de 2 (newer first), then the single topics.
    expect(ids(relatedArticles(related, origin, 10))).toEqual([
      'chung-ca-hai',
      'chung-chu-de',
      'chung-doi-tac',
      'chung-mot-chu-de-moi',
      'chung-mot-chu-de-cu',
    ]);
    expect(ids(routeOf('goc').props.related)).toEqual(['chung-ca-hai', 'chung-chu-de', 'chung-doi-tac']);
  });

  it('never returns the article itself or unrelated ones, and respects the limit', () => {
    const found = ids(relatedArticles(related, origin, 3));
    expect(found).toHaveLength(3);
    expect(found).not.toContain('goc');
    expect(ids(relatedArticles(related, origin, 10))).not.toContain('khong-lien-quan');
  });

  it('gives the older and newer article around one', () => {
    const { older, newer } = routeOf('goc').props;
    expect([older?.id, newer?.id]).toEqual(['chung-chu-de', 'khong-lien-quan']);
    expect(routeOf('chung-ca-hai').props.older).toBeUndefined();
    expect(routeOf('khong-lien-quan').props.newer).toBeUndefined();
  });
});

describe('listing routes', () => {
  // 45 articles in 2023 (3 pages of 20), 1 in 2022; every other one names ISO.
  const articles: FixtureArticle[] = [
    ...Array.from({ length: 45 }, (_, index) => ({
      id: `bai-2023-${String(index + 1).padStart(2, '0')}`,
      published: `${(index % 28) + 1}/${Math.floor(index / 28) + 1}/2023`,
      topics: ['xe-dien'],
      partners: index % 2 === 0 ? ['iso'] : [],
      events: index === 0 ? [{ id: 'hoi-thao', date: '5/1/2023', partners: ['iso'] }] : [],
    })),
    { id: 'bai-2022', published: '1/1/2022', approximate: true, topics: ['halal'] },
  ];
  const routes = buildRoutes(fixtureArchive(articles), url);

  it('paginates a year: params, page numbers, paths and titles that name the page after the first', () => {
    const year2023 = routes.yearListings.filter((route) => route.props.year === 2023);
    expect(year2023.map((route) => route.params)).toEqual([
      { year: '2023', page: undefined },
      { year: '2023', page: 'trang/2' },
      { year: '2023', page: 'trang/3' },
    ]);
    expect(year2023.map((route) => [route.props.page.items.length, route.props.title])).toEqual([
      [ARTICLES_PER_PAGE, 'Năm 2023'],
      [ARTICLES_PER_PAGE, 'Năm 2023 – trang 2'],
      [5, 'Năm 2023 – trang 3'],
    ]);
    expect(year2023[1]!.props.page.path).toBe('/nam/2023/trang/2/');
    expect(year2023[0]!.props.hasEvents).toBe(true);
  });

  it('gives each year page the year links, the approximate count, and whether it has events', () => {
    const year2022 = routes.yearListings.find((route) => route.props.year === 2022)!;
    expect(year2022.props.years).toEqual([
      { year: 2023, path: '/nam/2023/' },
      { year: 2022, path: '/nam/2022/' },
    ]);
    expect([year2022.props.approximateCount, year2022.props.hasEvents]).toEqual([1, false]);
  });

  it('keeps a topic or partner without articles at its URL, with one empty page', () => {
    const empty = routes.topicListings.filter((route) => route.params.topic === 'an-toan');
    expect(empty.map((route) => [route.params.page, route.props.page.itemCount, route.props.title])).toEqual([[undefined, 0, 'An toàn']]);
    const ptb = routes.partnerListings.filter((route) => route.params.partner === 'ptb');
    expect(ptb.map((route) => route.props.page.itemCount)).toEqual([0]);
  });

  it('names a partner page by acronym and Vietnamese name, with its events on every page', () => {
    const iso = routes.partnerListings.filter((route) => route.params.partner === 'iso');
    expect(iso.map((route) => route.props.title)).toEqual(['ISO – Tổ chức Tiêu chuẩn hóa quốc tế', 'ISO – Tổ chức Tiêu chuẩn hóa quốc tế – trang 2']);
    expect(iso[0]!.props.page.itemCount).toBe(23);
    expect(iso.every((route) => route.props.events.map((event) => event.id).join() === 'hoi-thao')).toBe(true);
  });

  it('gives the feeds the same articles as the listings, in the same order', () => {
    const feed = routes.topicFeeds.find((route) => route.params.topic === 'xe-dien')!;
    const listed = routes.topicListings.filter((route) => route.params.topic === 'xe-dien').flatMap((route) => route.props.page.items);
    expect(ids(feed.props.articles)).toEqual(ids(listed));
    expect(ids(routes.siteFeed)).toEqual(routes.articles.map((route) => route.params.slug));
  });

  it('sums up the archive for the home page and the index pages from the same counts', () => {
    expect(routes.home.newest).toHaveLength(10);
    expect([routes.home.articleCount, routes.home.eventCount]).toEqual([46, 1]);
    expect(routes.home.topics.map(({ item, count }) => [item.id, count])).toEqual([
      ['xe-dien', 45],
      ['halal', 1],
    ]);
    expect(routes.years.map(({ year, articleCount }) => [year, articleCount])).toEqual([
      [2023, 45],
      [2022, 1],
    ]);
    expect(routes.timelineYears.map((route) => [route.params.year, route.props.year.events.length])).toEqual([['2023', 1]]);
    const yearFacet = routes.searchFacets.find((group) => group.facet === 'year')!;
    expect(yearFacet.options.map(({ id, count }) => [id, count])).toEqual([
      ['2023', 45],
      ['2022', 1],
    ]);
  });
});

describe('timeline routes: a busy year month by month', () => {
  // 2014: 150 events in March, 260 in May (more than one page), 5 known only to the year; 2015: 3 events.
  const eventsOf = (prefix: string, count: number, date: (index: number) => string) =>
    Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index}`, date: date(index) }));
  const busy = fixtureArchive([
    { id: 'thang-ba', published: '1/4/2014', events: eventsOf('m3', 150, (index) => `${(index % 28) + 1}/3/2014`) },
    { id: 'thang-nam', published: '1/6/2014', events: eventsOf('m5', 260, (index) => `${(index % 28) + 1}/5/2014`) },
    { id: 'ca-nam', published: '1/12/2014', events: eventsOf('y', 5, () => '2014') },
    { id: 'nam-sau', published: '1/12/2015', events: eventsOf('n', 3, (index) => `${index + 1}/2/2015`) },
  ]);
  const routes = buildRoutes(busy, url);
  const yearRoute = (year: string) => routes.timelineYears.find((route) => route.params.year === year)!.props;

  it('keeps a quiet year on one page, its months as sections of it', () => {
    const quiet = yearRoute('2015');
    expect(quiet.groups.map((group) => group.items.length)).toEqual([3]);
    expect(quiet.months).toEqual([{ month: 2, path: '/dong-thoi-gian/2015/#thang-2', count: 3 }]);
  });

  it('lists a busy year by month, each month with its own page and count', () => {
    const year = yearRoute('2014');
    expect(year.groups).toEqual([]);
    expect(year.months).toEqual([
      { month: undefined, path: '/dong-thoi-gian/2014/ca-nam/', count: 5 },
      { month: 3, path: '/dong-thoi-gian/2014/thang-3/', count: 150 },
      { month: 5, path: '/dong-thoi-gian/2014/thang-5/', count: 260 },
    ]);
  });

  it('puts every event of the busy year on exactly one month page, no page over the limit', () => {
    const pages = routes.timelineMonths.map((route) => [route.params.month, route.params.page, route.props.page.items.length]);
    expect(pages).toEqual([
      ['ca-nam', undefined, 5],
      ['thang-3', undefined, 150],
      ['thang-5', undefined, 200],
      ['thang-5', 'trang/2', 60],
    ]);
    const shown = routes.timelineMonths.flatMap((route) => route.props.page.items.map((event) => event.id));
    expect(new Set(shown).size).toBe(415);
    expect(shown.length).toBe(415);
    const second = routes.timelineMonths.at(-1)!.props.page;
    expect([second.path, second.previousPath]).toEqual(['/dong-thoi-gian/2014/thang-5/trang/2/', '/dong-thoi-gian/2014/thang-5/']);
  });
});
