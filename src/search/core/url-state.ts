/**
 * The whole search in the address bar, so a search can be shared, bookmarked
 * and restored with the back button: /tim-kiem/?q=xe+dien&nam=2023&doi-tac=iso.
 * Parameter names are Vietnamese like the routes; filter values are the
 * stable ids (year, topic id, partner id), never the labels shown.
 * The search page's own GET form uses the same names, so with or without
 * script the URL means the same thing.
 */
export const SORTS = ['lien-quan', 'moi-nhat', 'cu-nhat'] as const;
export type SortOrder = (typeof SORTS)[number];

export const FACETS = ['year', 'topic', 'partner'] as const;
export type FacetKey = (typeof FACETS)[number];

export const PARAM_NAMES = { query: 'q', year: 'nam', topic: 'chu-de', partner: 'doi-tac', sort: 'sap-xep' } as const;

export interface SearchState {
  query: string;
  /** Selected filter ids per facet, in a stable order. */
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

/** Ids the site knows per facet; values outside them (an old or edited link) are dropped. */
export type KnownValues = Record<FacetKey, ReadonlySet<string>>;

export const emptyFilters = (): Record<FacetKey, string[]> => ({ year: [], topic: [], partner: [] });

export const hasFilters = (state: SearchState): boolean => FACETS.some((facet) => state.filters[facet].length > 0);

export function parseSearchState(search: string | URLSearchParams, known?: KnownValues): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = params.getAll(PARAM_NAMES[facet]).map((value) => value.trim());
    filters[facet] = [...new Set(values)].filter((value) => value !== '' && (known ? known[facet].has(value) : true)).sort();
  }
  const sort = params.get(PARAM_NAMES.sort);
  return {
    query: params.get(PARAM_NAMES.query) ?? '',
    filters,
    sort: SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : 'lien-quan',
  };
}

/** "?q=…&nam=…"; empty parts and the default sort are left out, so equal searches have equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query !== '') params.set(PARAM_NAMES.query, query);
  for (const facet of FACETS) {
    for (const value of [...new Set(state.filters[facet])].sort()) params.append(PARAM_NAMES[facet], value);
  }
  if (state.sort !== 'lien-quan') params.set(PARAM_NAMES.sort, state.sort);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
