/**
 * Pagefind indexing peak memory projected to 100,000 articles from the two
 * largest searched builds. The project's step indexes one period at a time
 * (a period holds at most 1,000 pages), so its peak follows the largest
 * period plus whatever grows with the whole archive. Two sizes cannot tell
 * those apart, so the projection carries the whole growth per article from
 * the smaller to the larger build on to 100,000: an upper bound, since part
 * of that growth is the largest period getting bigger, which stops at the
 * cap. The one-pass reference holds the whole archive at once and grows
 * about linearly with it: it is scaled in proportion.
 */
import type { SearchSize } from '../results.ts';

export const PROJECTED_ARTICLES = 100_000;

export interface IndexingProjection {
  articles: number;
  /** The two builds the projection starts from. */
  from: [SearchSize, SearchSize];
  /** Upper bound for the project's step (all processes), in bytes. */
  projectBytes: number;
  /** The one-pass reference scaled with the archive, in bytes. */
  wholeArchiveBytes: number;
}

export function projectIndexingPeak(sizes: readonly SearchSize[]): IndexingProjection | undefined {
  const [smaller, larger] = sizes.filter((size) => !size.realSite).slice(-2);
  if (!smaller || !larger || larger.articles >= PROJECTED_ARTICLES) return undefined;
  const peak = (size: SearchSize) => size.indexing.project.peakTreeBytes;
  // Noise can make the smaller build's peak the higher one: no growth is then projected, rather than a shrinking one.
  const growthPerArticle = Math.max(0, (peak(larger) - peak(smaller)) / (larger.articles - smaller.articles));
  return {
    articles: PROJECTED_ARTICLES,
    from: [smaller, larger],
    projectBytes: peak(larger) + growthPerArticle * (PROJECTED_ARTICLES - larger.articles),
    wholeArchiveBytes: (larger.indexing.wholeArchive.peakTreeBytes * PROJECTED_ARTICLES) / larger.articles,
  };
}
