/**
 * The search form is the state: its controls carry the URL's parameter
 * names (src/search/core/url-state.ts), so reading the form, writing it from
 * a URL and serialising it for the address bar all agree.
 */
import type { BestBetCandidate } from '../core/best-bets.ts';
import { FACETS, PARAM_NAMES, parseSearchState, type FacetKey, type KnownValues, type SearchState } from '../core/url-state.ts';

/** The checkboxes of one facet (placed outside the <form>, joined to it with form="…"). */
const facetInputs = (form: HTMLFormElement, facet: FacetKey): HTMLInputElement[] =>
  [...form.elements].filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.name === PARAM_NAMES[facet]);

/** The filter ids the page offers, per facet: values a URL may choose. */
export function knownValues(form: HTMLFormElement): KnownValues {
  const ids = (facet: FacetKey) => new Set(facetInputs(form, facet).map((input) => input.value));
  return { year: ids('year'), topic: ids('topic'), partner: ids('partner') };
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

/** Unticks every filter; the words and the sort stay. */
export function clearFilters(form: HTMLFormElement): void {
  for (const facet of FACETS) {
    for (const input of facetInputs(form, facet)) input.checked = false;
  }
}

/**
 * The pages a query may name, from what each filter value carries in the
 * page (SearchFacet.astro): its label and longer name, the archive's count
 * for it and its page's address. Read once, before the script changes the
 * shown counts to those of a search.
 */
export function bestBetCandidates(form: HTMLFormElement): BestBetCandidate[] {
  return FACETS.flatMap((facet) =>
    facetInputs(form, facet).flatMap((input) => {
      const label = input.closest('label');
      const href = input.dataset.page;
      if (!label || !href) return [];
      const title = label.getAttribute('title');
      return [{ facet, id: input.value, label: input.nextElementSibling?.textContent?.trim() ?? input.value, names: title ? [title] : [], count: Number(input.dataset.count ?? 0), href }];
    }),
  );
}
