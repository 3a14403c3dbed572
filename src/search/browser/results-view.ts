/**
 * The results area: status line (SearchStatus.astro, a polite live region,
 * so screen readers hear the count — set when the first results show and
 * again when the search is complete, not at every period), notes, the list
 * and the "more" button. Every message comes from src/search/core/messages.ts
 * and goes in as text.
 */
import type { BestBetCandidate } from '../core/best-bets.ts';
import type { FacetCounts } from '../core/facets.ts';
import { messages } from '../core/messages.ts';
import type { ResultView } from '../core/result.ts';
import { renderFacetCounts, renderResult, required } from './render.ts';

export class ResultsView {
  readonly #root: HTMLElement;
  readonly #status: HTMLElement;
  readonly #notes: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #more: HTMLButtonElement;
  readonly #template: HTMLTemplateElement;
  /** The line holding "Bỏ bộ lọc". */
  readonly #clear: HTMLElement;
  readonly #clearButton: HTMLButtonElement;
  readonly #bets: HTMLElement;
  readonly #betList: HTMLUListElement;
  /** The query whose results are grouped (phrase first, words apart after, then each synonym's). */
  #query = '';
  /** True when the query has two words or more, so the phrase and the words apart are groups. */
  #phrase = false;
  /** The group of the last result put in the list (ResultView.group). */
  #lastGroup: number | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#status = required(root, '[data-search-status]');
    this.#notes = required(root, '[data-search-notes]');
    this.#list = required(root, '[data-search-results]');
    this.#more = required(root, '[data-search-more]');
    this.#template = required(document, '#search-result-template');
    this.#clear = required(root, '[data-search-clear]');
    this.#clearButton = required(this.#clear, 'button');
    this.#bets = required(root, '[data-search-best-bets]');
    this.#betList = required(this.#bets, 'ul');
  }

  get moreButton(): HTMLButtonElement {
    return this.#more;
  }

  /** "Bỏ bộ lọc": keeps the words, clears the filters (main.ts does it). */
  get clearFiltersButton(): HTMLButtonElement {
    return this.#clearButton;
  }

  /** A search has started: the status says so at once, and what it said of the last search goes. */
  searching(): void {
    this.offerClearFilters(false);
    this.status(messages.loading, []);
  }

  /** Offers "Bỏ bộ lọc" (when the filters hide every result the words find). */
  offerClearFilters(offer: boolean): void {
    this.#clear.hidden = !offer;
  }

  /** The pages of the partners, topics and years the query names, above the results; none hides the region. */
  bestBets(bets: readonly BestBetCandidate[]): void {
    this.#betList.replaceChildren(
      ...bets.map((bet) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = bet.href;
        link.textContent = messages.bestBet(bet.facet, bet.label, bet.count);
        item.append(link);
        return item;
      }),
    );
    this.#bets.hidden = bets.length === 0;
  }

  /** Moves focus to the first result's link, where reading goes on (after "Bỏ bộ lọc", whose button goes). */
  focusFirstResult(): void {
    this.#list.querySelector<HTMLAnchorElement>('.search-result a')?.focus();
  }

  /** A message and nothing else (empty query, punctuation only, failure). */
  message(text: string, notes: string[] = []): void {
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.bestBets([]);
    this.offerClearFilters(false);
    this.pending(false);
    this.status(text, notes);
    this.answered();
  }

  /** Counts complete searches on the root (data-searches), so tests and tools can wait for one. */
  answered(): void {
    this.#root.dataset.searches = String(Number(this.#root.dataset.searches ?? 0) + 1);
  }

  /** Marks the root (data-search-pending) while older periods are still being searched. */
  pending(isPending: boolean): void {
    this.#root.toggleAttribute('data-search-pending', isPending);
  }

  busy(isBusy: boolean): void {
    this.#list.setAttribute('aria-busy', String(isBusy));
  }

  status(text: string, notes: string[]): void {
    this.#setNotes(notes);
    this.#status.textContent = text;
  }

  /** The first results of a search, replacing the previous search's. */
  show(status: string, notes: string[], views: ResultView[], remaining: number, query = ''): void {
    this.#query = query;
    this.#phrase = query.includes(' ');
    this.#lastGroup = undefined;
    this.#list.replaceChildren(...this.#items(views));
    this.status(status, notes);
    this.#setMore(remaining);
  }

  /** The rest of the first page, below the results shown first; focus stays where it is. */
  extend(views: ResultView[], remaining: number): void {
    this.#list.append(...this.#items(views));
    this.#setMore(remaining);
  }

  /**
   * The results' items, with a heading item where the group changes (the
   * words as a phrase, the words apart, a synonym's pages): results on
   * screen never move, so a phrase page an older period brings later gets
   * its own heading below. A one-word query has no phrase group: only a
   * synonym's pages are headed.
   */
  #items(views: readonly ResultView[]): HTMLLIElement[] {
    return views.flatMap((view) => {
      const together = view.together === true;
      const group = view.group ?? (together ? 0 : 1);
      // A synonym's pages are always headed, first in the list too: the reader did not type those words.
      const changes = group !== this.#lastGroup && (view.synonym !== undefined || (this.#phrase && this.#lastGroup !== undefined));
      this.#lastGroup = group;
      const result = renderResult(this.#template, view);
      if (!changes) return [result];
      const item = document.createElement('li');
      item.className = 'search-group';
      const heading = document.createElement('h3');
      heading.textContent = view.synonym !== undefined ? messages.synonymHeading(view.synonym) : messages.groupHeading(together, this.#query);
      item.append(heading);
      return [item, result];
    });
  }

  /** How many results "more" can still bring (grows as older periods answer). */
  remaining(count: number): void {
    this.#setMore(count);
  }

  /** The results per filter value; undefined while the search is not complete. */
  counts(counts: FacetCounts | undefined): void {
    renderFacetCounts(this.#root, counts);
  }

  /** Appends the next results and moves focus to the first of them, where reading goes on. */
  append(views: ResultView[], remaining: number): void {
    const first = this.#list.children.length;
    this.extend(views, remaining);
    const next = [...this.#list.children].slice(first).find((item) => !item.classList.contains('search-group'));
    next?.querySelector('a')?.focus();
  }

  #setMore(remaining: number): void {
    this.#more.hidden = remaining <= 0;
    this.#more.textContent = messages.showMore(remaining);
  }

  #setNotes(notes: string[]): void {
    this.#notes.replaceChildren(
      ...notes.map((note) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = note;
        return paragraph;
      }),
    );
  }
}
