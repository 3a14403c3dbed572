/**
 * The one place routes are spelled. Paths are Vietnamese words in ASCII and
 * never move; tests/unit/urls.test.ts pins them. They are base-less: pages
 * pass them through withBase() so a sub-path deploy keeps working.
 */
import { slugify } from './slug';

export const paths = {
  home: () => '/',
  article: (id: string) => `/bai-viet/${slugify(id)}/`,
  topics: () => '/chu-de/',
  topic: (id: string) => `/chu-de/${slugify(id)}/`,
  years: () => '/nam/',
  year: (year: number) => `/nam/${year}/`,
  timeline: () => '/dong-thoi-gian/',
  timelineYear: (year: number) => `/dong-thoi-gian/${year}/`,
  partners: () => '/doi-tac/',
  partner: (id: string) => `/doi-tac/${slugify(id)}/`,
  glossary: () => '/thuat-ngu/',
  search: () => '/tim-kiem/',
  feed: () => '/rss.xml',
} as const;

/** Prefixes a site path with the deploy's base path ("/" or "/luu-tru/"). */
export function joinBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
