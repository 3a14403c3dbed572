/**
 * Related articles and article positions, fast enough for every article page
 * of a 10,000-article archive. Scoring each article against all the others
 * with a sort each time cost 8 ms per page at that size (80 s of build, see
 * BENCHMARKS.md); here only articles sharing a partner or topic are visited,
 * through lists built once per archive, and the best kept in one pass.
 */
import type { Archive, Article } from './model.ts';

interface RelatedIndex {
  /** Where each article stands in archive.articles (newest first). */
  position: Map<string, number>;
  /** Positions of the articles naming each partner / topic, once per mention. */
  byPartner: Map<string, number[]>;
  byTopic: Map<string, number[]>;
  /** Scratch space shared by the calls (each resets what it used). */
  scores: Uint32Array;
  touched: number[];
}

const indexes = new WeakMap<Archive, RelatedIndex>();

function positionsBy(archive: Archive, idsOf: (article: Article) => readonly { id: string }[]): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  archive.articles.forEach((article, position) => {
    for (const { id } of idsOf(article)) {
      const list = lists.get(id);
      if (list) list.push(position);
      else lists.set(id, [position]);
    }
  });
  return lists;
}

function indexOf(archive: Archive): RelatedIndex {
  let index = indexes.get(archive);
  if (!index) {
    index = {
      position: new Map(archive.articles.map((article, position) => [article.id, position])),
      byPartner: positionsBy(archive, (article) => article.partners),
      byTopic: positionsBy(archive, (article) => article.topics),
      scores: new Uint32Array(archive.articles.length),
      touched: [],
    };
    indexes.set(archive, index);
  }
  return index;
}

/**
 * Related articles: a shared partner weighs 2, a shared topic 1; best first,
 * newer first on ties, never the article itself, only those sharing something.
 */
export function relatedArticles(archive: Archive, article: Article, limit = 3): Article[] {
  const index = indexOf(archive);
  const { scores, touched } = index;
  const add = (positions: readonly number[] | undefined, weight: number) => {
    for (const position of positions ?? []) {
      if (scores[position] === 0) touched.push(position);
      scores[position] += weight;
    }
  };
  for (const id of new Set(article.partners.map((partner) => partner.id))) add(index.byPartner.get(id), 2);
  for (const id of new Set(article.topics.map((topic) => topic.id))) add(index.byTopic.get(id), 1);

  const self = index.position.get(article.id);
  // Higher score first; on equal scores the lower position, i.e. the newer article.
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const best: number[] = [];
  for (const position of touched) {
    if (position === self) continue;
    if (best.length === limit && !before(position, best[limit - 1]!)) continue;
    let slot = best.length;
    while (slot > 0 && before(position, best[slot - 1]!)) slot--;
    best.splice(slot, 0, position);
    if (best.length > limit) best.pop();
  }
  for (const position of touched) scores[position] = 0;
  touched.length = 0;
  return best.map((position) => archive.articles[position]!);
}
