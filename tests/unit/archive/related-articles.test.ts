/**
 * The fast relatedArticles() gives exactly what its definition says, checked
 * against a direct (slow) reading of the definition over many random
 * archives, duplicated ids, ties and limits included.
 */
import { describe, expect, it } from 'vitest';
import type { Archive, Article } from '../../../src/archive/model.ts';
import { relatedArticles } from '../../../src/archive/related-articles.ts';

/** The definition, read literally: score everything, sort, cut. */
function byDefinition(archive: Archive, article: Article, limit: number): string[] {
  const partnerIds = new Set(article.partners.map((partner) => partner.id));
  const topicIds = new Set(article.topics.map((topic) => topic.id));
  return archive.articles
    .map((candidate, order) => ({
      candidate,
      order,
      score: 2 * candidate.partners.filter((partner) => partnerIds.has(partner.id)).length + candidate.topics.filter((topic) => topicIds.has(topic.id)).length,
    }))
    .filter(({ candidate, score }) => candidate.id !== article.id && score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate.id);
}

/** A tiny seeded source (a linear congruential generator): the same archives on every run. */
function numbers(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return { next, integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

function randomArchive(seed: number): Archive {
  const random = numbers(seed);
  const topics = Array.from({ length: random.integer(1, 6) }, (_, index) => ({ id: `chu-de-${index}` }));
  const partners = Array.from({ length: random.integer(1, 8) }, (_, index) => ({ id: `doi-tac-${index}` }));
  // Each id kept with a chance that gives about three of them; now and then the first listed twice
  // (a candidate's duplicate counts twice, as in the definition).
  const some = <T>(items: T[]) => {
    const kept = items.filter(() => random.next() < 3 / (items.length + 1));
    return kept.length > 0 && random.next() < 0.1 ? [...kept, kept[0]!] : kept;
  };
  const articles = Array.from({ length: random.integer(1, 50) }, (_, index) => ({ id: `bai-${index}`, topics: some(topics), partners: some(partners) }));
  return { articles } as unknown as Archive;
}

describe('relatedArticles', () => {
  it('matches its definition on 40 random archives, for every article and several limits', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const archive = randomArchive(seed);
      for (const article of archive.articles) {
        for (const limit of [0, 1, 3, 10]) {
          expect(relatedArticles(archive, article, limit).map((found) => found.id), `seed ${seed}, ${article.id}, limit ${limit}`).toEqual(
            byDefinition(archive, article, limit),
          );
        }
      }
    }
  });

});
