/**
 * Search periods for the engine's and controller's tests, answering as
 * Pagefind does (pagefind_web/src/search.rs): a bare term finds the words
 * that start with it once tone marks are dropped (đ stays a letter), or,
 * when none does, the longest word the term starts with; a quoted term
 * finds the whole word (several quoted words: side by side); exactDiacritics
 * keeps only the marks as typed.
 * Positions count the page's words between spaces, title first.
 */
import type { HitSearch, SearchHits } from '../../../src/search/core/index-hits.ts';
import { periodFileOf, type PeriodFile, type PeriodSummary } from '../../../src/search/core/periods.ts';
import type { IndexedArticle } from '../../../src/search/core/result.ts';
import type { PeriodSource } from '../../../src/search/browser/engine.ts';
import type { FixturePage } from '../../helpers/search-fixture-page.ts';

export type FakePage = FixturePage;

const pagefindForm = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const lower = (word: string) => word.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '');

export class FakePeriod implements PeriodSource {
  readonly summary: PeriodSummary;
  readonly #pages: FakePage[];
  readonly #words: string[][];
  /** What was asked of this period, in order, for tests of who is asked when. */
  readonly calls: string[] = [];
  readonly #log: string[];

  constructor(key: string, pages: FakePage[], log: string[] = []) {
    const year = Number(key.slice(0, 4));
    this.summary = { key, from: year, to: year, articles: pages.length };
    this.#pages = pages;
    this.#words = pages.map((page) => `${page.title} ${page.text}`.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)));
    this.#log = log;
  }

  #note(call: string): void {
    this.calls.push(call);
    this.#log.push(`${this.summary.key}:${call}`);
  }

  async file(): Promise<PeriodFile> {
    this.#note('file');
    return periodFileOf(this.summary.key, this.#pages.map((page) => ({ title: page.title, year: this.summary.from, topics: page.topics ?? [], partners: page.partners ?? [] })));
  }

  async prepare(terms: readonly string[] = []): Promise<void> {
    this.#note(terms.length === 0 ? 'prepare' : `prepare ${terms.join(' | ')}`);
  }

  /** A quoted phrase: where its words stand side by side, each whole. */
  #phrase(search: HitSearch): SearchHits {
    const terms = search.term.slice(1, -1).split(' ').map(pagefindForm);
    const pages = new Map<number, number[]>();
    this.#words.forEach((words, rank) => {
      const starts = words.flatMap((_word, start) => (terms.every((term, offset) => pagefindForm(words[start + offset] ?? '') === term) ? [start] : []));
      if (starts.length > 0) pages.set(rank, starts.slice(0, 1));
    });
    return { search, pages };
  }

  #answer(search: HitSearch): SearchHits {
    if (search.kind === 'phrase') return this.#phrase(search);
    const quoted = search.term.startsWith('"');
    const term = pagefindForm(search.term);
    const keys = new Set(this.#words.flat().map(pagefindForm));
    let matches = (word: string) => (quoted ? pagefindForm(word) === term : pagefindForm(word).startsWith(term));
    if (!quoted && ![...keys].some((key) => key.startsWith(term))) {
      const stand = [...keys].filter((key) => term.startsWith(key)).sort((a, b) => b.length - a.length)[0];
      matches = (word) => stand !== undefined && pagefindForm(word) === stand;
    }
    const exact = (word: string) => search.kind !== 'exact-marks' || lower(word).startsWith(lower(search.term));
    const pages = new Map<number, number[]>();
    this.#words.forEach((words, rank) => {
      const positions = words.flatMap((word, position) => (matches(word) && exact(word) ? [position] : []));
      if (positions.length > 0) pages.set(rank, positions);
    });
    return { search, pages };
  }

  async hits(searches: readonly HitSearch[]): Promise<SearchHits[]> {
    this.#note('hits');
    return searches.map((search) => this.#answer(search));
  }

  /** Fetched once each, as PeriodIndex keeps them: `calls` lists each download. */
  readonly #fetched = new Set<number>();

  async fragment(rank: number): Promise<IndexedArticle> {
    if (!this.#fetched.has(rank)) this.#note(`fragment ${rank}`);
    this.#fetched.add(rank);
    const page = this.#pages[rank]!;
    return { url: `/bai-viet/${page.id}/`, content: `${page.title} ${page.text}`, meta: { title: page.title, date: `năm ${this.summary.from}`, datetime: String(this.summary.from) } };
  }
}
