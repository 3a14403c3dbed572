/**
 * The slice of Pagefind's browser API this site uses, typed, and the loader.
 * The bundle is imported only when a search starts, from under the deploy's
 * base path (a site under /luu-tru/ has its index at /luu-tru/pagefind/).
 */
import { withBase } from '../../urls/base-url.ts';
import type { IndexedArticle } from '../core/result.ts';

export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

export interface PagefindFragment extends IndexedArticle {
  /** The page text before Pagefind escaped it for HTML; the site only ever uses text. */
  raw_content?: string;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
}

export async function loadPagefind(): Promise<PagefindApi> {
  const bundle = withBase('/pagefind/pagefind.js');
  const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await api.options({
    // Result URLs are stored base-less ("/bai-viet/x/"); Pagefind prefixes the base.
    baseUrl: import.meta.env.BASE_URL,
    // The index is small and each search takes milliseconds: searching on the
    // page saves a reader the 43 kB worker script and a round trip.
    noWorker: true,
  });
  await api.init();
  return api;
}
