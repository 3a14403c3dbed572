/**
 * Runs a search for a state and shows it as it arrives: the first page as
 * soon as the periods searched so far fill it (usually the newest period
 * alone), then the other periods' results merged in. Results on screen
 * never move: a later answer joins, in score order, the results not shown
 * yet, which "more" brings. Drops
 * answers a newer search has overtaken, and picks the Vietnamese message
 * for empty, odd, long and fruitless queries.
 */
import { bestBets, type BestBetCandidate } from '../core/best-bets.ts';
import { messages } from '../core/messages.ts';
import { parseQuery, type ParsedQuery } from '../core/query.ts';
import type { ResultView } from '../core/result.ts';
import { hasFilters, type SearchState } from '../core/url-state.ts';
import { PAGE_SIZE, type ArchiveSearch, type SearchProgress } from './engine.ts';
import type { ResultsView } from './results-view.ts';

/** What the controller does to the page (a ResultsView; tests give their own). */
export type SearchView = Pick<
  ResultsView,
  'message' | 'busy' | 'searching' | 'bestBets' | 'offerClearFilters' | 'show' | 'extend' | 'status' | 'remaining' | 'counts' | 'pending' | 'answered' | 'append'
>;

/** The first results shown at once (about what a phone shows below the search form); the rest of the page follows below them. */
const FIRST_SHOWN = 3;

/**
 * Results shown together are put in the order their text gives (which
 * knows the exact words, where the index knows only word starts): the
 * batch itself was chosen by the index order, which every period shares.
 */
function byText(views: ResultView[], state: SearchState, query: ParsedQuery): ResultView[] {
  if (state.sort !== 'lien-quan' || query.words.length === 0) return views;
  // Pages holding the words as a phrase stay ahead of the others, and those of the typed words ahead of a synonym's.
  const group = (view: ResultView) => view.group ?? (view.together ? 0 : 1);
  return views
    .map((view, index) => ({ view, index }))
    .sort((a, b) => group(a.view) - group(b.view) || b.view.score - a.view.score || a.index - b.index)
    .map(({ view }) => view);
}

export class SearchController {
  readonly #search: ArchiveSearch;
  #generation = 0;
  /** The latest answer of the current search (undefined until its first). */
  #progress: SearchProgress | undefined;
  /** The current search as asked, and its parsed query. */
  #asked: { state: SearchState; query: ParsedQuery } | undefined;
  /** Ids on screen, in screen order. */
  #shown = new Set<string>();
  /** Screen updates run one after another, so "more" and a late period never interleave. */
  #updates: Promise<void> = Promise.resolve();

  constructor(
    private readonly view: SearchView,
    search: ArchiveSearch,
    /** The partners, topics and years whose pages a query may name (the filters' values). */
    private readonly candidates: readonly BestBetCandidate[] = [],
  ) {
    this.#search = search;
  }

  /** Starts loading the engine and the newest period, before the first search needs them. */
  warmUp(): void {
    this.#search.warmUp();
  }

  /** Fetches what the search for `state` will need first (the words being typed, a shared link), before it is asked for. */
  prepare(state: SearchState): void {
    this.#search.prepare(state, parseQuery(state.query));
  }

  #serially(update: () => Promise<void>): Promise<void> {
    const next = this.#updates.then(update, update);
    this.#updates = next.catch(() => undefined);
    return next;
  }

  async run(state: SearchState): Promise<void> {
    const generation = ++this.#generation;
    const isCurrent = () => generation === this.#generation;
    this.#progress = undefined;
    this.#shown = new Set();
    const query = parseQuery(state.query);
    this.#asked = { state, query };
    if (query.problem && !hasFilters(state)) {
      this.view.message(messages.problem[query.problem]);
      return;
    }
    // Said at once: on a slow connection the first answer can take seconds.
    this.view.searching();
    this.view.busy(true);
    try {
      await this.#search.run(state, query, (progress) => this.#serially(() => this.#present(progress, query, state, isCurrent)), isCurrent);
    } catch (error) {
      if (!isCurrent()) return;
      console.error(error);
      this.view.message(messages.unavailable);
    } finally {
      if (isCurrent()) this.view.busy(false);
    }
  }

  async #present(progress: SearchProgress, query: ParsedQuery, state: SearchState, isCurrent: () => boolean): Promise<void> {
    if (!isCurrent()) return;
    const first = this.#progress === undefined;
    const done = progress.pending.length === 0;
    // The first page shows when it is full or nothing more can come, so the
    // best of the periods searched so far lead it and never have to move.
    if (first && progress.total < PAGE_SIZE && !done) return;
    this.#progress = progress;
    if (first) {
      // Each result's text is one download: the first few show as soon as
      // theirs have come, the rest of the page is fetched and added below.
      const page = progress.ordered().slice(0, PAGE_SIZE);
      const [lead, rest] = [page.slice(0, FIRST_SHOWN), page.slice(FIRST_SHOWN)];
      const leadViews = byText(await Promise.all(lead.map(progress.view)), state, query);
      if (!isCurrent()) return;
      this.#shown = new Set(lead);
      // Put in the same turn as the results, so nothing shown moves when they come.
      this.view.bestBets(query.problem ? [] : bestBets(query.text, this.candidates));
      this.view.offerClearFilters(done && this.#filteredOut(query, state, progress));
      this.view.show(this.#status(query, state, progress), this.#notes(query, state, progress), leadViews, progress.total - lead.length, query.text);
      performance.mark('search:results');
      // Readable from the first answer on; the status says when it is complete.
      this.view.busy(false);
      const restViews = byText(await Promise.all(rest.map(progress.view)), state, query);
      if (!isCurrent()) return;
      for (const id of rest) this.#shown.add(id);
      this.view.extend(restViews, progress.total - this.#shown.size);
    } else {
      this.view.remaining(progress.total - this.#shown.size);
      if (done) {
        this.view.status(this.#status(query, state, progress), this.#notes(query, state, progress));
        this.view.offerClearFilters(this.#filteredOut(query, state, progress));
      }
    }
    // Counts are shown once complete; until then each value says it is still being counted.
    if (first || done) this.view.counts(done ? progress.counts() : undefined);
    this.view.pending(!done);
    if (done) this.view.answered();
  }

  /** True when the words find pages and the filters hide them all (said only once the search is complete). */
  #filteredOut(query: ParsedQuery, state: SearchState, progress: SearchProgress): boolean {
    return progress.pending.length === 0 && progress.total === 0 && hasFilters(state) && progress.unfilteredTotal > 0 && !query.problem;
  }

  #status(query: ParsedQuery, state: SearchState, progress: SearchProgress): string {
    const total = progress.total;
    const text = query.problem ? '' : query.text;
    if (progress.pending.length > 0) return messages.partial(total, text, progress.searched);
    if (this.#filteredOut(query, state, progress)) return messages.filteredOut(query.text, progress.unfilteredTotal);
    return total === 0 && !query.problem ? messages.noResults(query.text) : messages.count(total, text, query.words.length > 1 ? progress.phraseTotal : 0);
  }

  #notes(query: ParsedQuery, state: SearchState, progress: SearchProgress): string[] {
    const notes: string[] = [];
    if (query.truncated) notes.push(messages.truncated);
    if (query.problem) notes.push(messages.filtersOnly);
    if (progress.synonyms.length > 0) notes.push(messages.synonyms(progress.synonyms));
    if (progress.pending.length > 0) return notes;
    const total = progress.total;
    // Spelling advice only when the words themselves find nothing: filters that hide every result are said in the status.
    if (total === 0 && !query.problem && !this.#filteredOut(query, state, progress)) notes.push(messages.noResultsHelp);
    return notes;
  }

  showMore(): Promise<void> {
    const generation = this.#generation;
    return this.#serially(async () => {
      const progress = this.#progress;
      if (!progress || generation !== this.#generation) return;
      const next = progress.ordered().filter((id) => !this.#shown.has(id)).slice(0, PAGE_SIZE);
      const views = byText(await Promise.all(next.map(progress.view)), this.#asked!.state, this.#asked!.query);
      if (generation !== this.#generation) return;
      for (const id of next) this.#shown.add(id);
      this.view.append(views, progress.total - this.#shown.size);
    });
  }
}
