/**
 * The search page's own engine, run under Node on the real built Pagefind
 * bundle (tests/helpers/node-search.ts), against the answer worked out by
 * brute force from every page's indexed text (tests/helpers/search-oracle.ts):
 * for hundreds of seeded queries drawn from that text, the results, the
 * pages holding the words as a phrase and the counts per year, topic and
 * partner must be the same — no false hit, no miss. Over the real site and
 * over a synthetic archive of more than 1,000 articles in three periods,
 * made of the real articles' paragraphs with the abbreviations and dates
 * Vietnamese texts carry.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/bench/archive/random.ts';
import { parsePeriodFile } from '../../src/search/core/periods.ts';
import { paths } from '../../src/urls/paths.ts';
import { defaultDist } from '../helpers/dist.ts';
import { nodeSearch } from '../helpers/node-search.ts';
import { drawQuery, drawSynonymQuery, expectedAnswer, oraclePage, type OraclePage } from '../helpers/search-oracle.ts';
import { syntheticSearchSite } from '../helpers/synthetic-search-site.ts';

const QUERIES = 300;
/** Queries naming a synonym (a partner's or glossary's name), each answered by the union over its forms. */
const SYNONYM_QUERIES = 40;
const sortedCounts = (counts: Record<string, Map<string, number>>) => Object.fromEntries(Object.entries(counts).map(([facet, values]) => [facet, [...values].sort()]));

async function checkSite(siteDir: string, seed: number) {
  const search = await nodeSearch(siteDir);
  const pages: OraclePage[] = [];
  const facets = new Map<string, Record<string, string[]>>();
  for (const period of search.periods) {
    const where = join(siteDir, paths.searchPeriod(period.summary.key));
    const file = parsePeriodFile(readFileSync(where, 'utf8'), where);
    for (const [rank, [, year, topics, partners]] of file.pages.entries()) {
      const id = `${period.summary.key}/${rank}`;
      pages.push(oraclePage(id, (await period.fragment(rank)).content));
      facets.set(id, { year: [String(year)], topic: topics.map((at) => file.topics[at]!), partner: partners.map((at) => file.partners[at]!) });
    }
  }
  const texts = await Promise.all(pages.map(async (_page, index) => pages[index]!.positions.map((at) => at[0]).join(' ')));
  const random = seededRandom(seed);
  const failures: string[] = [];
  let phrases = 0;
  let expanded = 0;
  if (search.synonyms.length === 0) throw new Error(`${siteDir}: the search page carries no synonyms`);
  for (let index = 0; index < QUERIES + SYNONYM_QUERIES; index++) {
    const query = index < QUERIES ? drawQuery(random, texts) : drawSynonymQuery(random, search.synonyms, texts);
    const expected = expectedAnswer(pages, query, search.synonyms);
    const progress = await search.search(query);
    const found = progress.ordered();
    const missing = [...expected.results].filter((id) => !found.includes(id));
    const extra = found.filter((id) => !expected.results.has(id));
    const phrase = found.filter((id) => progress.inPhrase(id));
    const phraseWrong = phrase.length !== expected.phrase.size || phrase.some((id) => !expected.phrase.has(id));
    // Phrase pages lead the list.
    const phraseFirst = found.slice(0, phrase.length).every((id) => progress.inPhrase(id));
    // Then the typed words' other pages; the pages only a synonym finds come last.
    const typedFirst = found.slice(0, expected.typed.size).every((id) => expected.typed.has(id));
    if (progress.synonyms.length > 0 && expected.results.size > expected.typed.size) expanded += 1;
    const counts: Record<string, Map<string, number>> = { year: new Map(), topic: new Map(), partner: new Map() };
    for (const id of expected.results) for (const [facet, values] of Object.entries(facets.get(id)!)) for (const value of values) counts[facet]!.set(value, (counts[facet]!.get(value) ?? 0) + 1);
    const countsWrong = JSON.stringify(sortedCounts(progress.counts())) !== JSON.stringify(sortedCounts(counts));
    if (expected.phrase.size > 0) phrases += 1;
    if (missing.length + extra.length > 0 || phraseWrong || !phraseFirst || !typedFirst || countsWrong || progress.phraseTotal !== phrase.length) {
      failures.push(`"${query}": missing ${missing.join(' ')}; false ${extra.join(' ')}; phrase ${phrase.length} vs ${expected.phrase.size}${countsWrong ? '; counts differ' : ''}`);
    }
  }
  console.log(`search oracle ${siteDir}: ${QUERIES + SYNONYM_QUERIES} queries over ${pages.length} pages (${phrases} with phrase pages, ${expanded} with pages only a synonym finds), ${failures.length} failures`);
  return { failures, pages: pages.length, expanded };
}

describe('search oracle', () => {
  let synthetic: string | undefined;
  afterAll(() => {
    if (synthetic) rmSync(synthetic, { recursive: true, force: true });
  });

  it('answers as the rule says over the real site', async () => {
    const { failures, expanded } = await checkSite(defaultDist, 17);
    expect(failures.slice(0, 30)).toEqual([]);
    expect(expanded).toBeGreaterThan(0);
  }, 120_000);

  it('answers as the rule says over 1,000 synthetic articles in three periods', async () => {
    synthetic = await syntheticSearchSite();
    const { failures, pages, expanded } = await checkSite(synthetic, 29);
    expect(pages).toBeGreaterThanOrEqual(1000);
    expect(expanded).toBeGreaterThan(0);
    expect(failures.slice(0, 30)).toEqual([]);
  }, 600_000);
});
