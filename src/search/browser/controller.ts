/**
 * Runs a search for a state and shows it: loads Pagefind on the first search
 * only, drops answers that a newer search has overtaken, and picks the
 * Vietnamese message for empty, odd, long and fruitless queries.
 */
import { messages } from '../core/messages.ts';
import { parseQuery } from '../core/query.ts';
import { hasFilters, type SearchState } from '../core/url-state.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';
import { loadSiteIndex, type FacetValues } from './membership.ts';
import { loadPagefind } from './pagefind.ts';
import type { ResultsView } from './results-view.ts';

export const PAGE_SIZE = 10;

export class SearchController {
  #engine: Promise<SearchEngine> | undefined;
  #generation = 0;
  #outcome: SearchOutcome | undefined;
  #shown = 0;

  constructor(
    private readonly view: ResultsView,
    private readonly facetValues: FacetValues,
  ) {}

  /** Starts loading Pagefind (when the reader focuses the search box), so the first answer comes sooner. */
  warmUp(): void {
    this.#loadEngine().catch(() => undefined);
  }

  #loadEngine(): Promise<SearchEngine> {
    if (!this.#engine) {
      const engine = loadPagefind().then(async (api) => new SearchEngine(api, await loadSiteIndex(api, this.facetValues)));
      // A failed load may be a network blip: the next search tries again.
      engine.catch(() => (this.#engine = undefined));
      this.#engine = engine;
    }
    return this.#engine;
  }

  async run(state: SearchState): Promise<void> {
    const generation = ++this.#generation;
    const query = parseQuery(state.query);
    const filtered = hasFilters(state);
    if (query.problem && !filtered) {
      this.#outcome = undefined;
      this.view.message(messages.problem[query.problem]);
      return;
    }
    this.view.busy(true);
    try {
      const outcome = await (await this.#loadEngine()).run(state, query);
      const views = await outcome.views(0, PAGE_SIZE);
      if (generation !== this.#generation) return;
      this.#outcome = outcome;
      this.#shown = views.length;
      const notes: string[] = [];
      if (query.truncated) notes.push(messages.truncated);
      if (query.problem) notes.push(messages.filtersOnly);
      const total = outcome.ordered.length;
      if (total === 0 && !query.problem) notes.push(messages.noResultsHelp);
      if (total === 0 && filtered && outcome.unfilteredTotal > 0) notes.push(messages.filteredOut(outcome.unfilteredTotal));
      const status = total === 0 && !query.problem ? messages.noResults(query.text) : messages.count(total, query.problem ? '' : query.text);
      this.view.show(status, notes, views, outcome.counts, total - views.length);
      performance.mark('search:results');
    } catch (error) {
      if (generation !== this.#generation) return;
      console.error(error);
      this.view.message(messages.unavailable);
    } finally {
      if (generation === this.#generation) this.view.busy(false);
    }
  }

  async showMore(): Promise<void> {
    const outcome = this.#outcome;
    if (!outcome) return;
    const generation = this.#generation;
    const views = await outcome.views(this.#shown, this.#shown + PAGE_SIZE);
    if (generation !== this.#generation) return;
    this.#shown += views.length;
    this.view.append(views, outcome.ordered.length - this.#shown);
  }
}
