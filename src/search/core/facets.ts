/**
 * Facet arithmetic over page ids: which results a selection keeps, and how
 * many results each filter value would give. Within a facet the choices are
 * alternatives (2022 or 2023); across facets they combine (2023 and ISO).
 * A facet's own counts ignore its own selection, so choosing 2023 does not
 * make 2022 show 0.
 */
import { FACETS, type FacetKey } from './url-state.ts';

/** For each facet, the pages carrying each value. */
export type Membership = Record<FacetKey, ReadonlyMap<string, ReadonlySet<string>>>;
/** Selected values per facet (in the same terms as Membership's keys). */
export type Selection = Record<FacetKey, readonly string[]>;
export type FacetCounts = Record<FacetKey, Map<string, number>>;

function passes(id: string, membership: Membership, selection: Selection, skip?: FacetKey): boolean {
  return FACETS.every(
    (facet) =>
      facet === skip ||
      selection[facet].length === 0 ||
      selection[facet].some((value) => membership[facet].get(value)?.has(id) ?? false),
  );
}

/** The ids that pass every facet's selection, order kept. */
export const applySelection = (ids: readonly string[], membership: Membership, selection: Selection): string[] =>
  ids.filter((id) => passes(id, membership, selection));

export function facetCounts(ids: readonly string[], membership: Membership, selection: Selection): FacetCounts {
  const counts = { year: new Map(), topic: new Map(), partner: new Map() } as FacetCounts;
  for (const facet of FACETS) {
    const pool = ids.filter((id) => passes(id, membership, selection, facet));
    for (const [value, pages] of membership[facet]) {
      counts[facet].set(value, pool.filter((id) => pages.has(id)).length);
    }
  }
  return counts;
}
