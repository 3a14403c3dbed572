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
import { applySelection, facetCounts, type FacetCounts, type FacetValuesOf } from '../core/facets.ts';
import { phrasePages, scorePages, wordSearches, type SearchHits } from '../core/index-hits.ts';
import { prefixOccursIn, proofSearches, unprovenForms, withoutForm } from '../core/stand-ins.ts';
import { queryWords, type QueryWord } from '../core/match.ts';
import type { PeriodFile, PeriodSummary } from '../core/periods.ts';
import type { ParsedQuery } from '../core/query.ts';
import { describeResult, type ResultView } from '../core/result.ts';
import { synonymForms, type SynonymGroups } from '../core/synonyms.ts';
import type { FacetKey, SearchState } from '../core/url-state.ts';
import type { PeriodIndex } from './period-index.ts';

/** What the search needs of a period (a PeriodIndex in the browser; tests give their own). */
export type PeriodSource = Pick<PeriodIndex, 'summary' | 'file' | 'prepare' | 'hits' | 'fragment'>;

export interface SearchProgress {
  /** How many pages answer, filters applied, over the periods searched so far. */
  total: number;
  /** How many of `total` hold the words together, in order (0 for a one-word query); they lead `ordered`. */
  phraseTotal: number;
  /** True when the result holds the words together, in order. */
  inPhrase: (id: string) => boolean;
  /** How many pages the query matched before filters. */
  unfilteredTotal: number;
  /** Result ids in display order (sorted when first asked: most steps only need the total). */
  ordered: () => string[];
  /** Results per filter value (counted when first asked). */
  counts: () => FacetCounts;
  /** Periods still to answer, in the order they will. */
  pending: PeriodSummary[];
  /** The periods that have answered. */
  searched: PeriodSummary[];
  /** The synonyms searched besides the typed words, as the data writes them ("TCĐLCL"). */
  synonyms: string[];
  /** The result for an id of `ordered`, ready to show (fetches its fragment). */
  view: (id: string) => Promise<ResultView>;
}

/** A period's answer: its pages' scores, and those where the words stand together as typed. */
interface Found {
  scores: Map<number, number>;
  phrase: Set<number>;
}

interface KnownPage {
  period: PeriodSource;
  rank: number;
  facets: Record<FacetKey, string[]>;
  /** Position in the archive, newest first. */
  order: number;
}

/** Results on a page: the first page shows this many, and each "more" as many again. */
export const PAGE_SIZE = 10;

/** Reports one step; resolving lets the search go on (so shown results are fetched before older periods). */
export type ProgressListener = (progress: SearchProgress) => Promise<void>;

const once = <T>(compute: () => T): (() => T) => {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
};

/** A page's id within the search: its period and rank. */
const pageId = (period: PeriodSource, rank: number) => `${period.summary.key}/${rank}`;

export class ArchiveSearch {
  readonly #periods: PeriodSource[];
  /** Newest-first position of each period's first article. */
  readonly #offsets = new Map<PeriodSource, number>();
  readonly #pages = new Map<string, KnownPage>();
  /** Periods whose facet file has been read into #pages. */
  readonly #learned = new Set<PeriodSource>();
  readonly #valuesOf: FacetValuesOf = (id, facet) => this.#pages.get(id)!.facets[facet];

  readonly #synonyms: SynonymGroups;

  /** `periods` newest first; `synonyms` the names that find each other (data-search-synonyms). */
  constructor(periods: readonly PeriodSource[], synonyms: SynonymGroups = []) {
    this.#synonyms = synonyms;
    this.#periods = [...periods];
    let offset = 0;
    for (const period of this.#periods) {
      this.#offsets.set(period, offset);
      offset += period.summary.articles;
    }
  }

  /** Starts fetching what the newest period's search needs (its file, the engine, its index), before the reader has finished typing. */
  warmUp(): void {
    this.#periods[0]?.prepare([]).catch(() => undefined);
  }

  /**
   * Fetches what the period that will answer a search first needs: its
   * file, the engine and its index, and the index words of the query (being
   * typed, or in a shared link), so the search that follows finds them there.
   * Pagefind's documentation does the same (preload() on input).
   */
  prepare(state: SearchState, query: ParsedQuery): void {
    const words = query.problem ? [] : queryWords(query.words);
    this.#order(state)[0]?.prepare(words.length > 0 ? this.#terms(this.#forms(words)) : []).catch(() => undefined);
  }

  /** The typed words first, then at most MAX_SYNONYM_FORMS synonym forms, each one more search of every period. */
  #forms(words: readonly QueryWord[], synonyms = synonymForms(words, this.#synonyms)): (readonly QueryWord[])[] {
    return [words, ...synonyms.map((form) => form.words)];
  }

  /** What Pagefind is asked for the forms: every search of the typed words, and a synonym's without phrases. */
  #terms(forms: readonly (readonly QueryWord[])[]): string[] {
    return [...new Set(forms.flatMap((form, index) => wordSearches(form).filter((search) => index === 0 || search.kind !== 'phrase').map((search) => search.term)))];
  }

  async #file(period: PeriodSource): Promise<PeriodFile> {
    const file = await period.file();
    if (!this.#learned.has(period)) {
      this.#learned.add(period);
      const offset = this.#offsets.get(period)!;
      file.pages.forEach(([, year, topics, partners], rank) => {
        this.#pages.set(pageId(period, rank), {
          period,
          rank,
          order: offset + rank,
          facets: { year: [String(year)], topic: topics.map((index) => file.topics[index]!), partner: partners.map((index) => file.partners[index]!) },
        });
      });
    }
    return file;
  }

  /** Periods in the order they answer: those holding a chosen year first, then by the sort's direction. */
  #order(state: SearchState): PeriodSource[] {
    const periods = state.sort === 'cu-nhat' ? [...this.#periods].reverse() : [...this.#periods];
    const chosen = state.filters.year.map(Number);
    const holdsChosen = ({ summary }: PeriodSource) => chosen.some((year) => year >= summary.from && year <= summary.to);
    return [...periods.filter(holdsChosen), ...periods.filter((period) => !holdsChosen(period))];
  }

  /**
   * The pages of one period that answer the query, scored. With `prefetch`,
   * once the bare searches show the pages that hold every word to be no more
   * than a page of results, their texts are fetched while the other searches
   * run: they are those the first page will show (but for a rare stand-in).
   */
  async #search(period: PeriodSource, file: PeriodFile, words: readonly QueryWord[], synonym = false, prefetch = false): Promise<Found> {
    if (words.length === 0) return { scores: new Map(file.pages.map((_page, rank) => [rank, 0])), phrase: new Set() };
    // A synonym's form needs no phrase searches: only the typed words' phrase pages lead and are counted.
    const searches = wordSearches(words).filter((search) => !synonym || search.kind !== 'phrase');
    const bare = period.hits(searches.filter((search) => search.kind === 'folded'));
    const others = period.hits(searches.filter((search) => search.kind !== 'folded'));
    const folded = await bare;
    if (prefetch) {
      const holding = words.map((_word, index) => new Set(folded.filter((hit) => hit.search.word === index).flatMap((hit) => [...hit.pages.keys()])));
      const candidates = [...holding[0]!].filter((rank) => holding.every((pages) => pages.has(rank)));
      if (candidates.length <= PAGE_SIZE) for (const rank of candidates) period.fragment(rank).catch(() => undefined);
    }
    let hits: SearchHits[] = [...folded, ...(await others)];
    const proofs = proofSearches(words, hits);
    if (proofs.length > 0) hits = [...hits, ...(await period.hits(proofs))];
    for (const form of unprovenForms(words, hits)) {
      const witness = hits.find((hit) => hit.search.form === form && hit.search.kind === 'folded')!;
      // A page where the term stands in the text (a match in metadata alone has no position).
      const rank = [...witness.pages].find(([, positions]) => positions.length > 0)?.[0];
      if (rank === undefined || !prefixOccursIn((await period.fragment(rank)).content, form)) hits = withoutForm(hits, form);
    }
    const scores = scorePages(words, hits, (rank) => file.pages[rank]![0]);
    return { scores, phrase: phrasePages(hits, scores) };
  }

  async run(state: SearchState, query: ParsedQuery, report: ProgressListener, isCurrent: () => boolean): Promise<void> {
    const words = queryWords(query.words);
    const synonyms = words.length > 0 ? synonymForms(words, this.#synonyms) : [];
    const forms = this.#forms(words, synonyms);
    const order = this.#order(state);
    const terms = this.#terms(forms);
    const scores = new Map<string, number>();
    /** The form that found each page (0: the typed words), when not the typed words. */
    const formOf = new Map<string, number>();
    const phrase = new Set<string>();
    const searched: PeriodSummary[] = [];
    // The first period is searched alone and reported; then every older one
    // is asked at once (Pagefind's worker searches them in turn while the page
    // scores each answer as it comes), and reported in order.
    const searchOf = async (period: PeriodSource): Promise<{ period: PeriodSource; found: Found[] }> => {
      const file = await this.#file(period);
      const found: Found[] = [];
      // A search overtaken by a newer one asks for nothing more.
      for (const [index, form] of forms.entries()) {
        found.push(isCurrent() ? await this.#search(period, file, form, index > 0, period === order[0] && index === 0) : { scores: new Map(), phrase: new Set() });
      }
      return { period, found };
    };
    let later: Promise<{ period: PeriodSource; found: Found[] }>[] = [];
    for (const [step, period] of order.entries()) {
      if (step === 1) {
        for (const older of order.slice(1)) older.prepare(terms).catch(() => undefined);
        later = order.slice(1).map(searchOf);
        // Settled here, so a failure waits its turn instead of going unhandled.
        for (const answer of later) answer.catch(() => undefined);
      }
      const { found } = step === 0 ? await searchOf(period) : await later[step - 1]!;
      if (!isCurrent()) return;
      // A page the typed words find is theirs; one found only through a synonym belongs to the first form that finds it.
      found.forEach(({ scores: formScores }, form) => {
        for (const [rank, score] of formScores) {
          const id = pageId(period, rank);
          if (scores.has(id)) continue;
          scores.set(id, score);
          if (form > 0) formOf.set(id, form);
        }
      });
      for (const rank of found[0]!.phrase) phrase.add(pageId(period, rank));
      searched.push(period.summary);
      await report(this.#progress(state, forms, synonyms.map((form) => form.name), { scores, phrase, formOf }, searched, order.slice(step + 1)));
      if (!isCurrent()) return;
    }
  }

  #progress(
    state: SearchState,
    forms: readonly (readonly QueryWord[])[],
    synonyms: string[],
    { scores, phrase, formOf }: { scores: ReadonlyMap<string, number>; phrase: ReadonlySet<string>; formOf: ReadonlyMap<string, number> },
    searched: PeriodSummary[],
    pending: PeriodSource[],
  ): SearchProgress {
    const words = forms[0]!;
    const ids = [...scores.keys()];
    const kept = applySelection(ids, this.#valuesOf, state.filters);
    const orderOf = (id: string) => this.#pages.get(id)!.order;
    // Pages holding the words together as typed lead, in the sort's order; then the typed words apart; then each synonym's pages.
    const apart = (id: string) => (phrase.has(id) ? 0 : 1 + (formOf.get(id) ?? 0));
    const within =
      state.sort === 'lien-quan' && words.length > 0
        ? (a: string, b: string) => scores.get(b)! - scores.get(a)! || orderOf(a) - orderOf(b)
        : state.sort === 'cu-nhat'
          ? (a: string, b: string) => orderOf(b) - orderOf(a)
          : (a: string, b: string) => orderOf(a) - orderOf(b);
    const compare = (a: string, b: string) => apart(a) - apart(b) || within(a, b);
    return {
      total: kept.length,
      phraseTotal: kept.filter((id) => phrase.has(id)).length,
      inPhrase: (id) => phrase.has(id),
      unfilteredTotal: ids.length,
      ordered: once(() => kept.sort(compare)),
      counts: once(() => facetCounts(ids, this.#valuesOf, state.filters)),
      pending: pending.map((period) => period.summary),
      searched: [...searched],
      synonyms,
      view: async (id) => {
        const { period, rank } = this.#pages.get(id)!;
        const form = formOf.get(id) ?? 0;
        // The words marked in the result are those of the form that found it.
        const view = describeResult(await period.fragment(rank), forms[form]!);
        return { ...view, together: phrase.has(id), group: apart(id), ...(form > 0 ? { synonym: synonyms[form - 1]! } : {}) };
      },
    };
  }
}
