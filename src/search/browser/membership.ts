/**
 * Which pages carry which filter value, and the date order of all pages,
 * asked of Pagefind once (filter-only searches download no page text).
 * Facet counts and filtering are then plain set arithmetic
 * (src/search/core/facets.ts) over the merged results of all d/đ variants,
 * which Pagefind's own per-search counts could not give.
 */
import type { Membership } from '../core/facets.ts';
import { FACETS, type FacetKey } from '../core/url-state.ts';
import type { PagefindApi, PagefindResult } from './pagefind.ts';

/** For each facet, the site's filter ids and the value Pagefind indexed for each (its label). */
export type FacetValues = Record<FacetKey, ReadonlyMap<string, string>>;

export interface SiteIndex {
  membership: Membership;
  /** Every page id, newest first. */
  newestFirst: string[];
  /** A loader for every page's data. */
  results: Map<string, PagefindResult>;
}

export async function loadSiteIndex(api: PagefindApi, facetValues: FacetValues): Promise<SiteIndex> {
  const all = await api.search(null, { sort: { date: 'desc' } });
  const pagesWith = async (facet: FacetKey): Promise<Map<string, ReadonlySet<string>>> =>
    new Map(
      await Promise.all(
        [...facetValues[facet]].map(async ([id, indexedValue]) => {
          const found = await api.search(null, { filters: { [facet]: indexedValue } });
          return [id, new Set(found.results.map((result) => result.id))] as const;
        }),
      ),
    );
  const [year, topic, partner] = await Promise.all(FACETS.map(pagesWith));
  return {
    membership: { year: year!, topic: topic!, partner: partner! },
    newestFirst: all.results.map((result) => result.id),
    results: new Map(all.results.map((result) => [result.id, result])),
  };
}
