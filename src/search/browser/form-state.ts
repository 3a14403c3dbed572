/**
 * The search form is the state: its controls carry the URL's parameter
 * names (src/search/core/url-state.ts), so reading the form, writing it from
 * a URL and serialising it for the address bar all agree.
 */
import { FACETS, PARAM_NAMES, parseSearchState, type FacetKey, type KnownValues, type SearchState } from '../core/url-state.ts';
import type { FacetValues } from './membership.ts';

/** The checkboxes of one facet (placed outside the <form>, joined to it with form="…"). */
const facetInputs = (form: HTMLFormElement, facet: FacetKey): HTMLInputElement[] =>
  [...form.elements].filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.name === PARAM_NAMES[facet]);

/** Filter id → the value Pagefind indexed for it (the label readers see), from data-filter-value. */
export function facetValues(form: HTMLFormElement): FacetValues {
  const entries = FACETS.map((facet) => [facet, new Map(facetInputs(form, facet).map((input) => [input.value, input.dataset.filterValue ?? input.value]))]);
  return Object.fromEntries(entries) as FacetValues;
}

export function knownValues(values: FacetValues): KnownValues {
  return { year: new Set(values.year.keys()), topic: new Set(values.topic.keys()), partner: new Set(values.partner.keys()) };
}

export function readForm(form: HTMLFormElement, known: KnownValues): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return parseSearchState(params, known);
}

export function writeForm(form: HTMLFormElement, state: SearchState): void {
  const query = form.elements.namedItem(PARAM_NAMES.query);
  if (query instanceof HTMLInputElement) query.value = state.query;
  for (const facet of FACETS) {
    for (const input of facetInputs(form, facet)) input.checked = state.filters[facet].includes(input.value);
  }
  const sort = form.elements.namedItem(PARAM_NAMES.sort);
  if (sort instanceof HTMLSelectElement) sort.value = state.sort;
}
