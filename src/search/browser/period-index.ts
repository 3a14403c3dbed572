/**
 * One search period in the browser: its facet file (which articles, with
 * which topics and partners) and its Pagefind index, each fetched once and
 * only when first needed. Pagefind knows pages by fragment hash; the
 * period file lists each page's hash, which ties Pagefind's results to
 * its articles.
 */
import type { SearchHits, HitSearch } from '../core/index-hits.ts';
import { parsePeriodFile, periodLanguage, type PeriodFile, type PeriodSummary } from '../core/periods.ts';
import type { IndexedArticle } from '../core/result.ts';
import { withBase } from '../../urls/base-url.ts';
import { paths } from '../../urls/paths.ts';
import { answerPages } from './index-answer.ts';
import type { PeriodEngine } from './period-engine.ts';

interface Ranks {
  fragments: string[];
  rankOf: Map<string, number>;
}

/** Keeps a failed load from sticking: a network blip is retried by the next search. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
}

export class PeriodIndex {
  readonly summary: PeriodSummary;
  readonly file: () => Promise<PeriodFile>;
  readonly #language: string;
  readonly #engine: PeriodEngine;
  /** Each page's rank by its fragment hash, from the period file. */
  readonly #ranks: () => Promise<Ranks>;
  readonly #fragments = new Map<number, Promise<IndexedArticle>>();

  constructor(summary: PeriodSummary, engine: PeriodEngine) {
    this.summary = summary;
    this.#engine = engine;
    this.#language = periodLanguage(summary.key);
    const url = withBase(paths.searchPeriod(summary.key));
    this.file = once(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return parsePeriodFile(await response.text(), url);
    });
    this.#ranks = once(async () => {
      const { fragments } = await this.file();
      if (!fragments) throw new Error(`${url}: no "fragments": the search index was not built (npm run build)`);
      return { fragments, rankOf: new Map(fragments.map((id, rank) => [id, rank])) };
    });
  }

  /** Fetches what searching this period needs, and the index words of `terms`, without searching. */
  async prepare(terms: readonly string[]): Promise<void> {
    await Promise.all([this.#ranks(), this.#engine.preload(this.#language, terms)]);
  }

  /** Runs the searches; each answer keyed by page rank. */
  async hits(searches: readonly HitSearch[]): Promise<SearchHits[]> {
    const ranks = this.#ranks();
    const answers = await this.#engine.search(
      this.#language,
      searches.map((search) => ({ term: search.term, exactMarks: search.kind === 'exact-marks' })),
    );
    const { rankOf } = await ranks;
    const rank = (id: string) => {
      const found = rankOf.get(id);
      if (found === undefined) throw new Error(`search period ${this.summary.key}: Pagefind found page ${id}, which the period file does not list (an index from another build?)`);
      return found;
    };
    return answers.map((answer, at) => ({ search: searches[at]!, pages: new Map(answerPages(answer).map(([id, positions]) => [rank(id), positions])) }));
  }

  /** The article's indexed text and metadata (one small download, then kept). */
  fragment(rank: number): Promise<IndexedArticle> {
    let fragment = this.#fragments.get(rank);
    if (!fragment) {
      fragment = this.#ranks().then(({ fragments }) => this.#engine.fragment(this.#language, fragments[rank]!));
      fragment.catch(() => this.#fragments.delete(rank));
      this.#fragments.set(rank, fragment);
    }
    return fragment;
  }
}
