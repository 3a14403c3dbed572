/**
 * One search over the whole archive, a period at a time: the newest period
 * (or, sorted oldest first, the oldest; or the years the reader filtered
 * on) answers first and is reported at once; the others are then fetched
 * together and searched one by one, each answer reported as it comes.
 * Every page is scored from its index positions (src/search/core/index-hits.ts),
 * so pages from different periods fall into one order; filters and facet
 * counts are set arithmetic over the periods' facet files
 * (src/search/core/facets.ts). No article text is downloaded here: a
 * result's fragment is fetched when it is shown (view()).
 */
import { applySelection, facetCounts, type FacetCounts, type Membership } from '../core/facets.ts';
import { hitSearches, prefixOccursIn, scorePages, unprovenForms, withoutForm, type SearchHits } from '../core/index-hits.ts';
import { queryWords, type QueryWord } from '../core/match.ts';
import type { PeriodFile, PeriodSummary } from '../core/periods.ts';
import type { ParsedQuery } from '../core/query.ts';
import { describeResult, type ResultView } from '../core/result.ts';
import type { SearchState } from '../core/url-state.ts';
import type { PeriodIndex } from './period-index.ts';

/** What the search needs of a period (a PeriodIndex in the browser; tests give their own). */
export type PeriodSource = Pick<PeriodIndex, 'summary' | 'file' | 'prepare' | 'hits' | 'fragment'>;

export interface SearchProgress {
  /** Article ids in display order, filters applied, over the periods searched so far. */
  ordered: string[];
  /** How many pages the query matched before filters. */
  unfilteredTotal: number;
  counts: FacetCounts;
  /** Periods still to answer, in the order they will. */
  pending: PeriodSummary[];
  /** The periods that have answered. */
  searched: PeriodSummary[];
  /** The result for an id of `ordered`, ready to show (fetches its fragment). */
  view: (id: string) => Promise<ResultView>;
}

interface Found {
  period: PeriodSource;
  rank: number;
  score: number;
  /** Position in the archive, newest first. */
  order: number;
}

/** Reports one step; resolving lets the search go on (so shown results are fetched before older periods). */
export type ProgressListener = (progress: SearchProgress) => Promise<void>;

export class ArchiveSearch {
  readonly #periods: PeriodSource[];
  /** Newest-first position of each period's first article. */
  readonly #offsets = new Map<PeriodSource, number>();
  readonly #membership: Membership = { year: new Map(), topic: new Map(), partner: new Map() };
  readonly #known = new Set<PeriodSource>();

  /** `periods` newest first. */
  constructor(periods: readonly PeriodSource[]) {
    this.#periods = [...periods];
    let offset = 0;
    for (const period of this.#periods) {
      this.#offsets.set(period, offset);
      offset += period.summary.articles;
    }
  }

  /** Starts fetching what the newest period's search needs, before the reader has finished typing. */
  warmUp(): void {
    this.#periods[0]?.prepare([]).catch(() => undefined);
  }

  #learn(period: PeriodSource, file: PeriodFile): void {
    if (this.#known.has(period)) return;
    this.#known.add(period);
    const add = (facet: keyof Membership, value: string, id: string) => {
      const pages = this.#membership[facet] as Map<string, Set<string>>;
      let set = pages.get(value);
      if (!set) pages.set(value, (set = new Set()));
      set.add(id);
    };
    for (const [id, , topics, partners] of file.pages) {
      add('year', String(file.year), id);
      for (const topic of topics) add('topic', topic, id);
      for (const partner of partners) add('partner', partner, id);
    }
  }

  /** Periods in the order they answer: chosen years first, then by the sort's direction. */
  #order(state: SearchState): PeriodSource[] {
    const periods = state.sort === 'cu-nhat' ? [...this.#periods].reverse() : [...this.#periods];
    const chosen = new Set(state.filters.year);
    return [...periods.filter((period) => chosen.has(String(period.summary.year))), ...periods.filter((period) => !chosen.has(String(period.summary.year)))];
  }

  /** The pages of one period that answer the query, scored. */
  async #search(period: PeriodSource, file: PeriodFile, words: readonly QueryWord[]): Promise<Map<number, number>> {
    if (words.length === 0) return new Map(file.pages.map((_page, rank) => [rank, 0]));
    let hits: SearchHits[] = await period.hits(hitSearches(words));
    for (const form of unprovenForms(hits)) {
      const witness = hits.find((hit) => hit.search.form === form && hit.search.kind === 'folded')!;
      const [rank] = witness.pages.keys();
      const { content } = await period.fragment(rank!);
      if (!prefixOccursIn(content, form)) hits = withoutForm(hits, form);
    }
    return scorePages(words, hits, (rank) => file.pages[rank]![1]);
  }

  async run(state: SearchState, query: ParsedQuery, report: ProgressListener, isCurrent: () => boolean): Promise<void> {
    const words = queryWords(query.words);
    const order = this.#order(state);
    const terms = [...new Set(hitSearches(words).map((search) => search.term))];
    const found = new Map<string, Found>();
    const searched: PeriodSummary[] = [];
    for (const [step, period] of order.entries()) {
      // Older periods are fetched together once the first has been shown.
      if (step === 1) for (const later of order.slice(1)) later.prepare(terms).catch(() => undefined);
      const file = await period.file();
      this.#learn(period, file);
      const scores = await this.#search(period, file, words);
      if (!isCurrent()) return;
      const offset = this.#offsets.get(period)!;
      for (const [rank, score] of scores) found.set(file.pages[rank]![0], { period, rank, score, order: offset + rank });
      searched.push(period.summary);
      await report(this.#progress(state, words, found, searched, order.slice(step + 1)));
      if (!isCurrent()) return;
    }
  }

  #progress(state: SearchState, words: readonly QueryWord[], found: Map<string, Found>, searched: PeriodSummary[], pending: PeriodSource[]): SearchProgress {
    const ids = [...found.keys()];
    const newestFirst = (a: string, b: string) => found.get(a)!.order - found.get(b)!.order;
    const compare =
      state.sort === 'lien-quan' && words.length > 0
        ? (a: string, b: string) => found.get(b)!.score - found.get(a)!.score || newestFirst(a, b)
        : state.sort === 'cu-nhat'
          ? (a: string, b: string) => newestFirst(b, a)
          : newestFirst;
    const ordered = applySelection(ids, this.#membership, state.filters).sort(compare);
    return {
      ordered,
      unfilteredTotal: ids.length,
      counts: facetCounts(ids, this.#membership, state.filters),
      pending: pending.map((period) => period.summary),
      searched: [...searched],
      view: async (id) => {
        const { period, rank } = found.get(id)!;
        return describeResult(await period.fragment(rank), words);
      },
    };
  }
}
