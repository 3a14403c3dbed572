/**
 * One search period in the browser: its facet file (which articles, with
 * which topics and partners) and its Pagefind index, each fetched once and
 * only when first needed. Pagefind knows pages by fragment hash; a
 * filter-only search sorted by rank lists them in the period file's order,
 * which ties each hash to its article.
 */
import type { SearchHits, HitSearch } from '../core/index-hits.ts';
import { parsePeriodFile, periodLanguage, RANK_SORT, type PeriodFile, type PeriodSummary } from '../core/periods.ts';
import type { IndexedArticle } from '../core/result.ts';
import { withBase } from '../../urls/base-url.ts';
import { paths } from '../../urls/paths.ts';
import { fetchFragment, openIndex, type OpenedIndex, type PagefindIndex, type PagefindModule, type PagefindResult } from './pagefind.ts';

interface OpenIndex {
  index: PagefindIndex;
  rankOf: Map<string, number>;
  pages: PagefindResult[];
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
  /** The Pagefind instance, made as soon as the engine is there: searches and preloads go to it before the page list has come. */
  readonly #index: () => Promise<OpenedIndex>;
  /** The index with its page list, checked against the period file. */
  readonly #open: () => Promise<OpenIndex>;
  readonly #fragments = new Map<number, Promise<IndexedArticle>>();
  /** Pagefind's options are per instance: searches run one at a time so exactDiacritics applies to one only. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(summary: PeriodSummary, pagefind: () => Promise<PagefindModule>) {
    this.summary = summary;
    const url = withBase(paths.searchPeriod(summary.key));
    this.file = once(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return parsePeriodFile(await response.text(), url);
    });
    this.#index = once(() => pagefind().then((module) => openIndex(module, periodLanguage(summary.key), RANK_SORT)));
    this.#open = once(async () => {
      // The index opens as soon as the engine is there, beside the period file, not after it.
      const [{ index, pages: listed }, file] = await Promise.all([this.#index(), this.file()]);
      const pages = await listed;
      if (pages.length !== file.pages.length) {
        throw new Error(`search period ${summary.key}: the index has ${pages.length} pages, ${url} lists ${file.pages.length}`);
      }
      return { index, pages, rankOf: new Map(pages.map((result, rank) => [result.id, rank])) };
    });
  }

  /** Fetches what searching this period needs, and the index words of `terms`, without searching. */
  async prepare(terms: readonly string[]): Promise<void> {
    const open = this.#open();
    const { index } = await this.#index();
    await Promise.all([open, ...terms.map((term) => index.preload(term))]);
  }

  /** Runs the searches; each answer keyed by page rank. */
  hits(searches: readonly HitSearch[]): Promise<SearchHits[]> {
    const run = async () => {
      const open = this.#open();
      const { index } = await this.#index();
      const answers: PagefindResult[][] = [];
      for (const search of searches) {
        const exactMarks = search.kind === 'exact-marks';
        if (exactMarks) await index.options({ exactDiacritics: true });
        try {
          answers.push((await index.search(search.term)).results);
        } finally {
          if (exactMarks) await index.options({ exactDiacritics: false });
        }
      }
      const { rankOf } = await open;
      return answers.map((results, at) => ({ search: searches[at]!, pages: new Map(results.map((result) => [rankOf.get(result.id)!, result.words])) }));
    };
    const answers = this.#queue.then(run, run);
    this.#queue = answers.catch(() => undefined);
    return answers;
  }

  /** The article's indexed text and metadata (one small download, then kept). */
  fragment(rank: number): Promise<IndexedArticle> {
    let fragment = this.#fragments.get(rank);
    if (!fragment) {
      fragment = this.#open().then(({ pages }) => fetchFragment(pages[rank]!));
      fragment.catch(() => this.#fragments.delete(rank));
      this.#fragments.set(rank, fragment);
    }
    return fragment;
  }
}
