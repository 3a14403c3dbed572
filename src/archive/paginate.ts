/**
 * Splits a listing into numbered pages with stable paths. Pure, so the
 * 10,000-article case is tested without building 10,000 pages.
 */

/** Articles per listing page: long enough to scan, short enough for a phone. */
export const ARTICLES_PER_PAGE = 20;

export interface ListingPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1). */
  pageCount: number;
  /** How many items the whole listing has. */
  itemCount: number;
  /** 1-based position of this page's first item in the whole listing (0 when empty). */
  firstItem: number;
  path: string;
  previousPath?: string;
  nextPath?: string;
  /** Path of every page, by number - 1, for the page links. */
  pagePaths: string[];
}

/**
 * Pages of `perPage` items in the given order. An empty listing still has
 * one (empty) page, so a topic or partner without articles keeps its URL.
 */
export function paginate<T>(items: readonly T[], perPage: number, pathOf: (page: number) => string): ListingPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a whole number from 1, got ${perPage}`);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const pagePaths = Array.from({ length: pageCount }, (_, index) => pathOf(index + 1));
  return pagePaths.map((path, index) => {
    const start = index * perPage;
    const pageItems = items.slice(start, start + perPage);
    return {
      items: pageItems,
      number: index + 1,
      pageCount,
      itemCount: items.length,
      firstItem: pageItems.length > 0 ? start + 1 : 0,
      path,
      previousPath: pagePaths[index - 1],
      nextPath: pagePaths[index + 1],
      pagePaths,
    };
  });
}

/**
 * Page numbers worth a link from page `current`: the first, the last and a
 * window around the current one; `null` marks a gap ("…").
 */
export function pageWindow(current: number, pageCount: number, radius = 2): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= pageCount) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    // A gap of exactly one page is shown as that page, not as "…".
    return page === previous + 2 ? [previous + 1, page] : [null, page];
  });
}

/**
 * The rest parameter of a paginated route ([...page].astro): what the page's
 * path adds to the listing's first path, without slashes at the ends;
 * undefined for page 1. The spelling stays in urls.ts.
 */
export function pageParam(path: string, firstPath: string): string | undefined {
  if (!path.startsWith(firstPath)) throw new Error(`${path} is not under ${firstPath}`);
  return path.slice(firstPath.length).replace(/^\/+|\/+$/g, '') || undefined;
}
