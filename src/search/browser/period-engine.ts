/**
 * What the search asks of Pagefind, period by period, in a shape that can
 * cross a worker's message port: the answers to a run of searches (for
 * each, the pages found, by fragment hash, and their word positions), and
 * preloads (which also open the period's index). PagefindPeriods answers it from
 * Pagefind's API; the search page runs it in its own worker
 * (search-worker.ts, reached through worker-periods.ts), and browsers that
 * cannot run that worker use it on the page, over Pagefind's own worker.
 */
import type { IndexedArticle } from '../core/result.ts';
import { fetchFragment, openIndex, type OpenedIndex, type PagefindModule, type PagefindResult } from './pagefind.ts';
import { RANK_SORT } from '../core/periods.ts';
import { encodeAnswer, type IndexAnswer } from './index-answer.ts';

/** One search: Pagefind's term, and whether the marks must be as typed (Pagefind's exactDiacritics). */
export interface IndexSearch {
  term: string;
  exactMarks: boolean;
}

export type { IndexAnswer };

/** `language` is a period's Pagefind language (periodLanguage()). */
export interface PeriodEngine {
  /** Runs the searches in turn; an answer for each. */
  search(language: string, searches: readonly IndexSearch[]): Promise<IndexAnswer[]>;
  /** Opens the period's index and fetches the index words of `terms`, without searching. */
  preload(language: string, terms: readonly string[]): Promise<void>;
  /** A page's fragment by its hash. */
  fragment(language: string, id: string): Promise<IndexedArticle>;
}

/** Pagefind's API, an instance per period, each opened once when first asked for (and again after a failure). */
export class PagefindPeriods implements PeriodEngine {
  readonly #opened = new Map<string, Promise<OpenedIndex>>();
  /** Pagefind's options are per instance: a period's searches run one at a time so exactDiacritics applies to one only. */
  readonly #queues = new Map<string, Promise<unknown>>();
  /** Where the browser cannot gunzip a fragment: each period's page list, whose results have Pagefind's data() (asked for once). */
  readonly #listed = new Map<string, Promise<PagefindResult[]>>();

  readonly #pagefind: () => Promise<PagefindModule>;
  readonly #noWorker: boolean;

  /** `noWorker`: search on this thread (inside the site's worker) rather than in Pagefind's worker. */
  constructor(pagefind: () => Promise<PagefindModule>, noWorker: boolean) {
    this.#pagefind = pagefind;
    this.#noWorker = noWorker;
  }

  #open(language: string): Promise<OpenedIndex> {
    let opened = this.#opened.get(language);
    if (!opened) {
      opened = this.#pagefind().then((module) => openIndex(module, language, this.#noWorker));
      const failed = () => this.#opened.delete(language);
      opened.then(({ ready }) => ready).catch(failed);
      this.#opened.set(language, opened);
    }
    return opened;
  }

  search(language: string, searches: readonly IndexSearch[]): Promise<IndexAnswer[]> {
    const run = async () => {
      const { index } = await this.#open(language);
      const answers: IndexAnswer[] = [];
      for (const { term, exactMarks } of searches) {
        if (exactMarks) await index.options({ exactDiacritics: true });
        try {
          const { results } = await index.search(term);
          answers.push(encodeAnswer(results));
        } finally {
          if (exactMarks) await index.options({ exactDiacritics: false });
        }
      }
      return answers;
    };
    const queue = this.#queues.get(language) ?? Promise.resolve();
    const answers = queue.then(run, run);
    this.#queues.set(language, answers.catch(() => undefined));
    return answers;
  }

  async preload(language: string, terms: readonly string[]): Promise<void> {
    const { index, ready } = await this.#open(language);
    await Promise.all([ready, ...terms.map((term) => index.preload(term))]);
  }

  async fragment(language: string, id: string): Promise<IndexedArticle> {
    return fetchFragment(id, async () => {
      let listed = this.#listed.get(language);
      if (!listed) {
        listed = this.#open(language).then(({ index }) => index.search(null, { sort: { [RANK_SORT]: 'asc' } })).then(({ results }) => results);
        listed.catch(() => this.#listed.delete(language));
        this.#listed.set(language, listed);
      }
      const page = (await listed).find((result) => result.id === id);
      if (!page) throw new Error(`${language}: no page ${id}`);
      return page.data();
    });
  }
}
