/**
 * Puts results on the page with DOM calls only: text goes in as text nodes,
 * highlighted words as <mark> elements built here. Nothing the reader typed
 * and nothing from the index is ever parsed as HTML. The markup of one
 * result lives in SearchResultTemplate.astro.
 */
import type { Segment } from '../core/excerpt.ts';
import type { FacetCounts } from '../core/facets.ts';
import type { ResultView } from '../core/result.ts';
import { formatCount, messages } from '../core/messages.ts';
import { FACETS, type SearchState } from '../core/url-state.ts';

export function appendSegments(parent: Element, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

/** One <li> per result, cloned from the page's <template>. */
export function renderResult(template: HTMLTemplateElement, view: ResultView): HTMLLIElement {
  const item = required<HTMLLIElement>(template.content.cloneNode(true) as DocumentFragment, 'li');
  const link = required<HTMLAnchorElement>(item, '[data-result-link]');
  link.href = view.href;
  appendSegments(link, view.title);
  // Made here, not in the <template>: an empty <time> there is invalid HTML.
  const time = document.createElement('time');
  time.dateTime = view.datetime;
  time.textContent = view.date;
  required(item, '[data-result-date]').replaceChildren(time);
  appendSegments(required(item, '[data-result-excerpt]'), view.excerpt);
  return item;
}

/**
 * Shows each filter value's count; values with none are hidden unless
 * chosen. While older periods are still being searched (no counts yet)
 * every value shows "…" and stays visible: a year not searched yet is not
 * a year without results.
 */
export function renderFacetCounts(root: ParentNode, counts: FacetCounts | undefined): void {
  for (const facet of FACETS) {
    for (const input of root.querySelectorAll<HTMLInputElement>(`input[data-facet="${facet}"]`)) {
      const count = counts ? (counts[facet].get(input.value) ?? 0) : undefined;
      const option = input.closest('li');
      const countText = option?.querySelector('[data-facet-count]');
      if (countText) countText.textContent = count === undefined ? '(…)' : `(${formatCount(count)})`;
      if (option) option.hidden = count === 0 && !input.checked;
    }
  }
}

/** The filters' disclosure names how many filters are on, so a closed one on a phone still says so. */
export function renderActiveFilters(root: ParentNode, state: SearchState): void {
  const active = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  required(root, '[data-filters-summary]').textContent = messages.filtersSummary(active);
}

export { required };
