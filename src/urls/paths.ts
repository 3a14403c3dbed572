/**
 * The one place routes are spelled. Paths are Vietnamese words in ASCII and
 * never move; tests/unit/urls/paths.test.ts pins them. Ids are slugs already
 * (the schema and the validator insist), so they go into paths as they are.
 * Paths are base-less: pages
 * pass them through withBase() so a sub-path deploy keeps working.
 */
import { slugify } from './slug.ts';

/** Page 1 of a listing is the listing's own path; page n lives under trang/n/. */
export function pagedPath(firstPage: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`page must be a whole number from 1, got ${page}`);
  return page === 1 ? firstPage : `${firstPage}trang/${page}/`;
}

/** Id of a country's section on the partners index. */
export const countryAnchor = (countryCode: string) => `quoc-gia-${slugify(countryCode)}`;

/** Id of an abbreviation's entry on the glossary page ("thuat-ngu-kh-cn" for "KH&CN"). */
export const glossaryAnchor = (term: string) => `thuat-ngu-${slugify(term)}`;

/** Id of the anchor at the block of an article that reports an event. */
export const eventAnchor = (eventId: string) => `su-kien-${eventId}`;

/** A month's segment of a timeline address and its anchor on the year page: "thang-3", or "ca-nam" for year-only events. */
export const timelineMonthKey = (month?: number) => (month === undefined ? 'ca-nam' : `thang-${month}`);

export const paths = {
  home: () => '/',
  article: (id: string) => `/bai-viet/${id}/`,
  /** The source capture beside what the archive kept of it. */
  articleCapture: (id: string) => `/bai-viet/${id}/ban-luu/`,
  /** The capture file itself, byte for byte, beside its page. */
  articleCaptureFile: (id: string, file: string) => `/bai-viet/${id}/ban-luu/${file}`,
  /** A citation file next to its article, named after it: <id>.bib, <id>.ris. */
  articleCitation: (id: string, file: string) => `/bai-viet/${id}/${file}`,
  topics: () => '/chu-de/',
  topic: (id: string) => `/chu-de/${id}/`,
  topicPage: (id: string, page: number) => pagedPath(`/chu-de/${id}/`, page),
  years: () => '/nam/',
  year: (year: number) => `/nam/${year}/`,
  yearPage: (year: number, page: number) => pagedPath(`/nam/${year}/`, page),
  timeline: () => '/dong-thoi-gian/',
  timelineYear: (year: number) => `/dong-thoi-gian/${year}/`,
  /** One month of a busy year's timeline; events known only to the year are "ca-nam". */
  timelineMonth: (year: number, month?: number) => `/dong-thoi-gian/${year}/${timelineMonthKey(month)}/`,
  timelineMonthPage: (year: number, month: number | undefined, page: number) => pagedPath(`/dong-thoi-gian/${year}/${timelineMonthKey(month)}/`, page),
  partners: () => '/doi-tac/',
  partner: (id: string) => `/doi-tac/${id}/`,
  partnerPage: (id: string, page: number) => pagedPath(`/doi-tac/${id}/`, page),
  /** The country's section of the partners index (the map links there). */
  partnerCountry: (countryCode: string) => `/doi-tac/#${countryAnchor(countryCode)}`,
  glossary: () => '/thuat-ngu/',
  /** An abbreviation's entry on the glossary page (an article's first use links there). */
  glossaryTerm: (term: string) => `/thuat-ngu/#${glossaryAnchor(term)}`,
  search: () => '/tim-kiem/',
  /** The downloads page, and one download (bai-viet.csv, su-kien.json, doi-tac.schema.json, ...). */
  data: () => '/du-lieu/',
  dataFile: (file: string) => `/du-lieu/${file}`,
  /** A search period's facet file (src/search/core/periods.ts). */
  searchPeriod: (key: string) => `/tim-kiem/ky/${key}.json`,
  /** The indexer's plan (which articles each period indexes); the build removes it once used. */
  searchIndexPlan: () => '/tim-kiem/ky/bai-viet.json',
  /** The one Pagefind bundle folder, all periods' indexes in it. */
  searchIndex: () => '/pagefind/',
  /** The pages a public body's site owes its readers, linked from the footer of every page. */
  about: () => '/gioi-thieu/',
  contact: () => '/lien-he/',
  /** The licence of the archive's own data, and the rights in the texts (which stay the publishers'). */
  licence: () => '/giay-phep/',
  accessibility: () => '/kha-nang-tiep-can/',
  feed: () => '/rss.xml',
  topicFeed: (id: string) => `/chu-de/${id}/rss.xml`,
  partnerFeed: (id: string) => `/doi-tac/${id}/rss.xml`,
  sitemap: () => '/sitemap-index.xml',
  sharingImage: () => '/og-default.png',
} as const;

/** Prefixes a site path with the deploy's base path ("/" or "/luu-tru/"). */
export function joinBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
