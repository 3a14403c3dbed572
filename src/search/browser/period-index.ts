/**
 * One search period in the browser: its facet file (which articles, with
 * which topics and partners) and its Pagefind index, each fetched once and
 * only when first needed. Pagefind knows pages by fragment hash; a
 * filter-only search sorted by rank lists them in the period file's order,
 * which ties each hash to its article.
 */
import type { SearchHits, HitSearch } from '../core/index-hits.ts';
import { parsePeriodFile, periodLanguage, type PeriodFile, type PeriodSummary } from '../core/periods.ts';
import type { IndexedArticle } from '../core/result.ts';
import { withBase } from '../../urls/base-url.ts';
import { paths } from '../../urls/paths.ts';
import type { PeriodEngine } from './period-engine.ts';

interface OpenIndex {
  ids: string[];
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
  /** The index's page list, checked against the period file. */
  readonly #open: () => Promise<OpenIndex>;
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
    this.#open = once(async () => {
      // The index opens beside the period file, not after it.
      const [ids, file] = await Promise.all([engine.list(this.#language), this.file()]);
      if (ids.length !== file.pages.length) {
        throw new Error(`search period ${summary.key}: the index has ${ids.length} pages, ${url} lists ${file.pages.length}`);
      }
      return { ids, rankOf: new Map(ids.map((id, rank) => [id, rank])) };
    });
  }

  /** Fetches what searching this period needs, and the index words of `terms`, without searching. */
  async prepare(terms: readonly string[]): Promise<void> {
    await Promise.all([this.#open(), this.#engine.preload(this.#language, terms)]);
  }

  /** Runs the searches; each answer keyed by page rank. */
  async hits(searches: readonly HitSearch[]): Promise<SearchHits[]> {
    const open = this.#open();
    const answers = await this.#engine.search(
      this.#language,
      searches.map((search) => ({ term: search.term, exactMarks: search.kind === 'exact-marks' })),
    );
    const { rankOf } = await open;
    return answers.map(({ ids, words }, at) => ({ search: searches[at]!, pages: new Map(ids.map((id, found) => [rankOf.get(id)!, words[found]!])) }));
  }

  /** The article's indexed text and metadata (one small download, then kept). */
  fragment(rank: number): Promise<IndexedArticle> {
    let fragment = this.#fragments.get(rank);
    if (!fragment) {
      fragment = this.#open().then(({ ids }) => this.#engine.fragment(this.#language, ids[rank]!));
      fragment.catch(() => this.#fragments.delete(rank));
      this.#fragments.set(rank, fragment);
    }
    return fragment;
  }
}
