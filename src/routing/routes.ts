/**
 * Every route of the site, params and props, computed once from the archive
 * (in the manner of Starlight's utils/routing). A route file's
 * getStaticPaths() returns one of these lists; a single page reads its props
 * from here. No page filters, counts or paginates on its own, so the home
 * page, the listings, the feeds and the search filters always agree.
 *
 * To add a kind of listing page: build its entries here (paginated() does
 * the pages and their titles), then add one route file that returns them.
 */
import { facetGroups, type FacetGroup } from '../archive/facet-options.ts';
import {
  articlesByYear,
  articlesWithPartner,
  articlesWithTopic,
  eventsWithPartner,
  mostFrequent,
  partnersWithCounts,
  topicsWithCounts,
  yearSummaries,
  type Counted,
  type YearSummary,
} from '../archive/indexes.ts';
import type { Archive, ArchiveEvent, Article, GlossaryEntry, Partner, Topic } from '../archive/model.ts';
import { ARTICLES_PER_PAGE, pageParam, paginate, type ListingPage } from '../archive/paginate.ts';
import { partnerCountries, partnerDirectory } from '../archive/partner-groups.ts';
import { relatedArticles } from '../archive/related-articles.ts';
import { searchSynonyms } from '../archive/search-synonyms.ts';
import { indexPlan, periodFile, periodSummary, searchPeriods, searchRanks } from '../archive/search-periods.ts';
import { EVENTS_PER_TIMELINE_PAGE, eventsByMonth, splitByMonth, timelineYears, type MonthGroup, type TimelineYear } from '../archive/timeline.ts';
import { citationFileName, citationFiles, type CitationFormat } from '../publish/reuse/citation-files.ts';
import { dataFileName, type DataFormat } from '../publish/reuse/data-files.ts';
import { dataTables, type DataTable } from '../publish/reuse/data-tables.ts';
import type { IndexPlan, PeriodFile, PeriodSummary } from '../search/core/periods.ts';
import type { UrlResolver } from '../urls/absolute-url.ts';
import { paths, timelineMonthKey } from '../urls/paths.ts';
import { listingWording, partnerWording } from '../reference/wording.ts';

/** The home page stays this size however large the archive grows. */
const NEWEST_ON_HOME = 10;

export interface Route<Params, Props> {
  params: Params;
  props: Props;
}

/** A page of a listing, with the title that names its page number after the first. */
export interface ListingProps {
  page: ListingPage<Article>;
  title: string;
}

/** A year, topic or timeline year as the year navigation links it. */
export interface YearLink {
  year: number;
  path: string;
}

export type ArticleRoute = Route<{ slug: string }, { article: Article; older?: Article; newer?: Article; related: Article[]; searchRank: number }>;
export type YearListingRoute = Route<{ year: string; page?: string }, ListingProps & { year: number; years: YearLink[]; hasEvents: boolean; approximateCount: number }>;
export type TopicListingRoute = Route<{ topic: string; page?: string }, ListingProps & { topic: Topic }>;
export type PartnerListingRoute = Route<{ partner: string; page?: string }, ListingProps & { partner: Partner; events: ArchiveEvent[] }>;
/** A month of a year's timeline, as the year page and the month pages link it. */
export interface TimelineMonthLink {
  /** 1–12, or undefined for the events known only to the year. */
  month?: number;
  /** The month's section of the year page, or its own page when the year is split. */
  path: string;
  count: number;
}

export type TimelineYearRoute = Route<
  { year: string },
  {
    year: TimelineYear;
    links: YearLink[];
    months: TimelineMonthLink[];
    /** The year's events by month on this page; empty when each month has a page of its own. */
    groups: MonthGroup[];
  }
>;
export type TimelineMonthRoute = Route<
  { year: string; month: string; page?: string },
  { year: number; month?: number; page: ListingPage<ArchiveEvent>; months: TimelineMonthLink[]; links: YearLink[] }
>;
export type CaptureRoute = Route<{ slug: string }, { article: Article }>;
export type CaptureFileRoute = Route<{ slug: string; file: string }, { article: Article }>;
export type CitationRoute = Route<{ slug: string; file: string }, { article: Article; format: CitationFormat }>;
export type DataFileRoute = Route<{ file: string }, { table: DataTable; format: DataFormat }>;
export type TopicFeedRoute = Route<{ topic: string }, { topic: Topic; articles: Article[] }>;
export type PartnerFeedRoute = Route<{ partner: string }, { partner: Partner; articles: Article[] }>;
export type SearchPeriodRoute = Route<{ period: string }, { file: PeriodFile }>;

export interface Routes {
  articles: ArticleRoute[];
  /** /bai-viet/<id>/ban-luu/: each article's source capture. */
  captures: CaptureRoute[];
  /** /bai-viet/<id>/ban-luu/<capture file>: the capture as stored, for download. */
  captureFiles: CaptureFileRoute[];
  /** /bai-viet/<id>/<id>.bib and <id>.ris. */
  citations: CitationRoute[];
  /** /du-lieu/<table>.csv, .json and .schema.json. */
  dataFiles: DataFileRoute[];
  /** The tables, for the page that describes them. */
  dataTables: DataTable[];
  yearListings: YearListingRoute[];
  topicListings: TopicListingRoute[];
  partnerListings: PartnerListingRoute[];
  timelineYears: TimelineYearRoute[];
  timelineMonths: TimelineMonthRoute[];
  topicFeeds: TopicFeedRoute[];
  partnerFeeds: PartnerFeedRoute[];
  /** Props of the pages that have one URL each. */
  home: { newest: Article[]; articleCount: number; eventCount: number; years: YearSummary[]; topics: Counted<Topic>[]; partners: Counted<Partner>[] };
  years: YearSummary[];
  topics: Counted<Topic>[];
  partners: { count: number; directory: ReturnType<typeof partnerDirectory>; countries: ReturnType<typeof partnerCountries> };
  timeline: { years: TimelineYear[]; eventCount: number };
  glossary: GlossaryEntry[];
  searchFacets: FacetGroup[];
  /** The search periods newest first, as the search page lists them. */
  searchPeriods: PeriodSummary[];
  /** Names that find each other in search (partners' and glossary's), as the search page carries them. */
  searchSynonyms: string[][];
  /** /tim-kiem/ky/<period>.json: each period's facet membership. */
  searchPeriodFiles: SearchPeriodRoute[];
  /** /tim-kiem/ky/bai-viet.json: which articles the indexer puts in each period's index. */
  searchIndexPlan: IndexPlan;
  /** Every article, newest first, for the site's feed. */
  siteFeed: Article[];
}

/** Pages of `items` under `firstPath`, each with the rest parameter of its [...page] route and its title. */
function paginated(items: readonly Article[], firstPath: string, pathOf: (page: number) => string, label: string) {
  return paginate(items, ARTICLES_PER_PAGE, pathOf).map((page) => ({
    page: pageParam(page.path, firstPath),
    props: { page, title: page.number > 1 ? `${label} – trang ${page.number}` : label },
  }));
}

/** Articles with their chronological neighbours and related articles. */
function articleRoutes(archive: Archive, ranks: ReadonlyMap<string, number>): ArticleRoute[] {
  return archive.articles.map((article, index) => ({
    params: { slug: article.id },
    // archive.articles is newest first: the newer neighbour stands before.
    props: {
      article,
      newer: archive.articles[index - 1],
      older: archive.articles[index + 1],
      related: relatedArticles(archive, article),
      searchRank: ranks.get(article.id)!,
    },
  }));
}

function yearListingRoutes(archive: Archive, timeline: readonly TimelineYear[]): YearListingRoute[] {
  const groups = articlesByYear(archive);
  const years = groups.map(({ year }) => ({ year, path: paths.year(year) }));
  const withEvents = new Set(timeline.map(({ year }) => year));
  return groups.flatMap(({ year, items }) => {
    const approximateCount = items.filter((article) => article.published.approximate).length;
    return paginated(items, paths.year(year), (number) => paths.yearPage(year, number), listingWording.year(year)).map(({ page, props }) => ({
      params: { year: String(year), page },
      props: { ...props, year, years, hasEvents: withEvents.has(year), approximateCount },
    }));
  });
}

/**
 * The timeline's year pages, and the month pages of a year too busy for one
 * page (splitByMonth): the year page then lists its months with their counts.
 */
function timelineRoutes(years: readonly TimelineYear[]): Pick<Routes, 'timelineYears' | 'timelineMonths'> {
  const links = years.map(({ year }) => ({ year, path: paths.timelineYear(year) }));
  const timelineYearRoutes: TimelineYearRoute[] = [];
  const timelineMonths: TimelineMonthRoute[] = [];
  for (const year of years) {
    const groups = eventsByMonth(year.events);
    const split = splitByMonth(year);
    const months = groups.map(({ month, items }) => ({
      month,
      path: split ? paths.timelineMonth(year.year, month) : `${paths.timelineYear(year.year)}#${timelineMonthKey(month)}`,
      count: items.length,
    }));
    timelineYearRoutes.push({ params: { year: String(year.year) }, props: { year, links, months, groups: split ? [] : groups } });
    if (!split) continue;
    for (const { month, items } of groups) {
      const firstPath = paths.timelineMonth(year.year, month);
      for (const page of paginate(items, EVENTS_PER_TIMELINE_PAGE, (number) => paths.timelineMonthPage(year.year, month, number))) {
        timelineMonths.push({
          params: { year: String(year.year), month: timelineMonthKey(month), page: pageParam(page.path, firstPath) },
          props: { year: year.year, month, page, months, links },
        });
      }
    }
  }
  return { timelineYears: timelineYearRoutes, timelineMonths };
}

const DATA_FORMATS: DataFormat[] = ['csv', 'json', 'schema'];

/** `url` makes the absolute addresses the downloads carry (absoluteUrl in a build). */
export function buildRoutes(archive: Archive, url: UrlResolver): Routes {
  const tables = dataTables(archive, url);
  const topicArticles = new Map(archive.topics.map((topic) => [topic, articlesWithTopic(archive, topic)]));
  const partnerArticles = new Map(archive.partners.map((partner) => [partner, articlesWithPartner(archive, partner)]));
  const years = timelineYears(archive);
  const topicCounts = topicsWithCounts(archive);
  const summaries = yearSummaries(archive);
  const periods = searchPeriods(archive);
  return {
    articles: articleRoutes(archive, searchRanks(periods)),
    captures: archive.articles.map((article) => ({ params: { slug: article.id }, props: { article } })),
    captureFiles: archive.articles.map((article) => ({ params: { slug: article.id, file: article.source.capture }, props: { article } })),
    citations: archive.articles.flatMap((article) =>
      (Object.keys(citationFiles) as CitationFormat[]).map((format) => ({ params: { slug: article.id, file: citationFileName(article.id, format) }, props: { article, format } })),
    ),
    dataFiles: tables.flatMap((table) => DATA_FORMATS.map((format) => ({ params: { file: dataFileName(table, format) }, props: { table, format } }))),
    dataTables: tables,
    yearListings: yearListingRoutes(archive, years),
    topicListings: archive.topics.flatMap((topic) =>
      paginated(topicArticles.get(topic)!, topic.path, (number) => paths.topicPage(topic.id, number), topic.label).map(({ page, props }) => ({
        params: { topic: topic.id, page },
        props: { ...props, topic },
      })),
    ),
    partnerListings: archive.partners.flatMap((partner) => {
      const events = eventsWithPartner(archive, partner);
      const name = partnerWording.title(partner.acronym, partner.nameVi);
      return paginated(partnerArticles.get(partner)!, partner.path, (number) => paths.partnerPage(partner.id, number), name).map(({ page, props }) => ({
        params: { partner: partner.id, page },
        props: { ...props, partner, events },
      }));
    }),
    ...timelineRoutes(years),
    topicFeeds: archive.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic, articles: topicArticles.get(topic)! } })),
    partnerFeeds: archive.partners.map((partner) => ({ params: { partner: partner.id }, props: { partner, articles: partnerArticles.get(partner)! } })),
    home: {
      newest: archive.articles.slice(0, NEWEST_ON_HOME),
      articleCount: archive.articles.length,
      eventCount: archive.timeline.length,
      years: summaries,
      topics: mostFrequent(topicCounts, 8),
      partners: mostFrequent(partnersWithCounts(archive), 10),
    },
    years: summaries,
    topics: topicCounts,
    partners: { count: archive.partners.length, directory: partnerDirectory(archive), countries: partnerCountries(archive) },
    timeline: { years, eventCount: archive.timeline.length },
    glossary: archive.glossary,
    searchFacets: facetGroups(archive),
    searchPeriods: periods.map(periodSummary),
    searchSynonyms: searchSynonyms(archive.partners, archive.glossary),
    searchPeriodFiles: periods.map((period) => ({ params: { period: period.key }, props: { file: periodFile(period) } })),
    searchIndexPlan: indexPlan(periods),
    siteFeed: archive.articles,
  };
}
