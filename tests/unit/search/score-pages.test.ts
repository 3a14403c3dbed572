/**
 * scorePages() (src/search/core/index-hits.ts) walks each word's sorted
 * positions once. Checked here against the plain way of computing the same
 * signals — a map of every position's weight for each page and word — over
 * random answers: repeated positions across a word's forms, positions out
 * of order, metadata matches with no position, pages without every word,
 * whole-word and exact-marks answers, titles of every length.
 */
import { describe, expect, it } from 'vitest';
import { scorePages, wordSearches, type HitSearch, type SearchHits } from '../../../src/search/core/index-hits.ts';
import { allowsPrefix, kindWeight, queryWords, type QueryWord } from '../../../src/search/core/match.ts';
import { combineScore } from '../../../src/search/core/rank.ts';
import { seededRandom } from '../../../scripts/bench/archive/random.ts';

/** The plain way: every position's weight in a map, per page and word. */
function plainScores(words: readonly QueryWord[], hits: readonly SearchHits[], titleWords: (rank: number) => number): Map<number, number> {
  const inText = (list: readonly SearchHits[]) => new Set(list.flatMap(({ pages }) => [...pages].filter(([, positions]) => positions.length > 0).map(([rank]) => rank)));
  const withMarks = words.map((_word, index) => new Set(hits.filter(({ search }) => search.kind === 'exact-marks' && search.word === index).flatMap(({ pages }) => [...pages.keys()])));
  const whole = words.map((word, index) => (allowsPrefix(word) ? undefined : inText(hits.filter(({ search }) => search.kind === 'whole-word' && search.word === index))));
  const perPage = new Map<number, Map<number, number>[]>();
  for (const { search, pages } of hits) {
    if (search.kind !== 'folded') continue;
    for (const [rank, positions] of pages) {
      if (whole[search.word] && !whole[search.word]!.has(rank)) continue;
      const page = perPage.get(rank) ?? words.map(() => new Map<number, number>());
      perPage.set(rank, page);
      const weight = kindWeight(words[search.word]!, withMarks[search.word]!.has(rank) ? 'exact' : 'folded');
      for (const position of positions) page[search.word]!.set(position, Math.max(page[search.word]!.get(position) ?? 0, weight));
    }
  }
  const best = (positions: Map<number, number>, inRange: (position: number) => boolean) => {
    let [weight, count] = [0, 0];
    for (const [position, value] of positions) {
      if (!inRange(position)) continue;
      if (value > weight) [weight, count] = [value, 1];
      else if (value === weight) count += 1;
    }
    return { weight, count };
  };
  const phrases = (perWord: Map<number, number>[], from: number, to: number) =>
    [...perWord[0]!.keys()].filter((start) => start >= from && start + perWord.length <= to && perWord.every((positions, offset) => positions.has(start + offset))).length;
  const scores = new Map<number, number>();
  for (const [rank, perWord] of perPage) {
    if (perWord.some((positions) => positions.size === 0)) continue;
    const title = titleWords(rank);
    const body = perWord.map((positions) => best(positions, (position) => position >= title));
    const inTitle = perWord.map((positions) => best(positions, (position) => position < title));
    scores.set(
      rank,
      combineScore({
        bodyBest: body.map(({ weight }) => weight),
        bodyCount: body.map(({ count }) => count),
        bodyPhrases: words.length > 1 ? phrases(perWord, title, Infinity) : 0,
        titleBest: inTitle.map(({ weight }) => weight),
        titlePhrase: words.length > 1 && phrases(perWord, 0, title) > 0,
      }),
    );
  }
  return scores;
}

/** Random answers to `searches` over `pages` pages of up to 40 words: positions drawn near each other so phrases occur. */
function randomHits(searches: readonly HitSearch[], pages: number, seed: number): SearchHits[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random.next() * n);
  return searches.map((search) => {
    const found = new Map<number, number[]>();
    for (let rank = 0; rank < pages; rank++) {
      if (random.next() < 0.3) continue;
      const positions = Array.from({ length: pick(6) }, () => pick(40));
      // Mostly in order, as Pagefind gives them; sometimes not, and with repeats.
      if (random.next() < 0.7) positions.sort((a, b) => a - b);
      found.set(rank, search.kind === 'folded' ? positions : positions.slice(0, 1));
    }
    return { search, pages: found };
  });
}

describe('scorePages', () => {
  const queries = [['tiêu', 'chuẩn'], ['đo', 'lường', 'chất'], ['iso'], ['dien'], ['xe', 'dien'], ['năng', 'lượng', 'xanh', 'bền']];
  for (const typed of queries) {
    it(`scores as the plain way does, for “${typed.join(' ')}”`, () => {
      const words = queryWords(typed);
      const searches = wordSearches(words);
      for (let seed = 1; seed <= 40; seed++) {
        const hits = randomHits(searches, 30, seed * 101 + typed.length);
        const titleWords = (rank: number) => (rank * 7 + seed) % 12;
        const asInt32 = hits.map((hit) => ({ ...hit, pages: new Map([...hit.pages].map(([rank, positions]) => [rank, Int32Array.from(positions)])) }));
        const expected = plainScores(words, hits, titleWords);
        expect(scorePages(words, hits, titleWords)).toEqual(expected);
        expect(scorePages(words, asInt32, titleWords)).toEqual(expected);
      }
    });
  }

  it('counts a phrase in the body or the title only when it lies wholly in it', () => {
    const words = queryWords(['tiêu', 'chuẩn']);
    // One page, the title 5 words long; "tiêu" at the positions given, "chuẩn" right after each.
    const scoreWith = (starts: number[]) => {
      const hits = wordSearches(words).map((search) => ({
        search,
        pages: new Map([[0, search.kind === 'folded' && search.word === 1 ? starts.map((start) => start + 1) : starts]]),
      }));
      return [scorePages(words, hits, () => 5).get(0), plainScores(words, hits, () => 5).get(0)];
    };
    for (const starts of [[4], [3], [5], [2, 9], [4, 12, 20]]) {
      const [fast, plain] = scoreWith(starts);
      expect(fast).toBe(plain);
    }
    // Straddling the title's end (4–5) is neither; inside the title (3–4) or the body (5–6) counts.
    expect(scoreWith([4])[0]).not.toBe(scoreWith([5])[0]);
    expect(scoreWith([4])[0]).not.toBe(scoreWith([3])[0]);
  });

  it('scores some pages in those random answers, and leaves some out', () => {
    const words = queryWords(['tiêu', 'chuẩn']);
    const scores = scorePages(words, randomHits(wordSearches(words), 30, 7), () => 3);
    expect(scores.size).toBeGreaterThan(0);
    expect(scores.size).toBeLessThan(30);
    expect(new Set(scores.values()).size).toBeGreaterThan(1);
  });
});
