/**
 * One search from query to ordered results. Pagefind finds the candidate
 * pages: one search per d/đ variant of the query (src/search/core/variants.ts),
 * plus the same as a quoted phrase so pages with the words side by side are
 * always among those re-ranked. The candidates are then filtered and counted
 * per facet, and the best of them re-ranked from their own text with
 * Vietnamese matching (src/search/core/result.ts).
 */
import { applySelection, facetCounts, type FacetCounts } from '../core/facets.ts';
import { queryWords } from '../core/match.ts';
import type { ParsedQuery } from '../core/query.ts';
import { describeResult, type IndexedArticle, type ResultView } from '../core/result.ts';
import type { SearchState } from '../core/url-state.ts';
import { dVariants } from '../core/variants.ts';
import type { SiteIndex } from './membership.ts';
import type { PagefindApi } from './pagefind.ts';

/** How many candidates are re-ranked from their text (each costs one small download). */
export const RERANK_DEPTH = 20;
/** Puts phrase matches ahead of loose matches whatever Pagefind scored. */
const PHRASE_PRIORITY = 1000;

export interface SearchOutcome {
  /** Page ids in display order, filters applied. */
  ordered: string[];
  /** How many pages the query matched before filters. */
  unfilteredTotal: number;
  counts: FacetCounts;
  /** The results from..to, ready to show. */
  views: (from: number, to: number) => Promise<ResultView[]>;
}

export class SearchEngine {
  readonly #articles = new Map<string, Promise<IndexedArticle>>();

  constructor(
    private readonly api: PagefindApi,
    private readonly site: SiteIndex,
  ) {}

  /** Candidate ids with a prior: phrase matches first, then by Pagefind's score. */
  async #candidates(words: readonly string[]): Promise<Map<string, number>> {
    const terms = dVariants(words).flatMap((variant) => {
      const term = variant.join(' ');
      return variant.length > 1 ? [{ term, boost: 0 }, { term: `"${term}"`, boost: PHRASE_PRIORITY }] : [{ term, boost: 0 }];
    });
    const searches = await Promise.all(terms.map(async ({ term, boost }) => ({ boost, found: await this.api.search(term) })));
    const priors = new Map<string, number>();
    for (const { boost, found } of searches) {
      for (const result of found.results) {
        priors.set(result.id, Math.max(priors.get(result.id) ?? 0, result.score + boost));
      }
    }
    return priors;
  }

  #article(id: string): Promise<IndexedArticle> {
    let article = this.#articles.get(id);
    if (!article) {
      const result = this.site.results.get(id);
      if (!result) throw new Error(`Pagefind has no page ${id}`);
      article = result.data().then((data) => ({ url: data.url, content: data.raw_content ?? data.content, meta: data.meta }));
      this.#articles.set(id, article);
    }
    return article;
  }

  async run(state: SearchState, query: ParsedQuery): Promise<SearchOutcome> {
    const words = queryWords(query.words);
    const priors = words.length > 0 ? await this.#candidates(query.words) : undefined;
    const ids = priors ? [...priors.keys()] : this.site.newestFirst;
    const filtered = applySelection(ids, this.site.membership, state.filters);
    let ordered: string[];
    if (priors && state.sort === 'lien-quan') {
      const byPrior = [...filtered].sort((a, b) => priors.get(b)! - priors.get(a)!);
      const head = byPrior.slice(0, RERANK_DEPTH);
      const scores = new Map(
        await Promise.all(head.map(async (id) => [id, describeResult(await this.#article(id), words).score] as const)),
      );
      head.sort((a, b) => scores.get(b)! - scores.get(a)! || priors.get(b)! - priors.get(a)!);
      ordered = [...head, ...byPrior.slice(RERANK_DEPTH)];
    } else {
      const position = new Map(this.site.newestFirst.map((id, index) => [id, index]));
      ordered = [...filtered].sort((a, b) => position.get(a)! - position.get(b)!);
      if (state.sort === 'cu-nhat') ordered.reverse();
    }
    return {
      ordered,
      unfilteredTotal: ids.length,
      counts: facetCounts(ids, this.site.membership, state.filters),
      views: (from, to) =>
        Promise.all(ordered.slice(from, to).map(async (id) => describeResult(await this.#article(id), words))),
    };
  }
}
