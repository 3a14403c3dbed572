/**
 * Scores one article against a query from its own words, so the order and
 * the highlighted words follow Vietnamese matching (src/search/core/match.ts)
 * rather than Pagefind's loose prefix matching. Three signals, each
 * saturating so one very long article cannot win by length alone:
 * how well each word is answered, how often the words stand together in
 * the typed order ("xe điện", not "xe" … "điện"), and whether the title
 * answers the query.
 */
import { matchWeight, type QueryWord } from './match.ts';
import type { Token } from './tokens.ts';

export interface TextMatches {
  /** For each token, the weight of its best match with any query word (0 = none). */
  weights: number[];
  /** Tokens to highlight: the typed phrase where it occurs, else each word's best kind of match. */
  marked: boolean[];
  /** Start indices where all query words follow each other in order. */
  phraseStarts: number[];
  /** Per query word, the best weight found (0 when the word is missing). */
  bestPerWord: number[];
  /** Per query word, how many tokens reach that best weight. */
  countPerWord: number[];
}

export function findMatches(words: readonly QueryWord[], tokens: readonly Token[]): TextMatches {
  const perWord = words.map((word) => tokens.map((token) => matchWeight(word, token)));
  const bestPerWord = perWord.map((weights) => weights.reduce((best, weight) => Math.max(best, weight), 0));
  const countPerWord = perWord.map((weights, index) => weights.filter((weight) => weight > 0 && weight === bestPerWord[index]).length);
  const weights = tokens.map((_token, position) => perWord.reduce((best, row) => Math.max(best, row[position]!), 0));
  const phraseStarts: number[] = [];
  if (words.length > 1) {
    for (let start = 0; start + words.length <= tokens.length; start += 1) {
      if (perWord.every((row, offset) => row[start + offset]! > 0)) phraseStarts.push(start);
    }
  }
  // Where the words stand together as typed, only those places are marked:
  // a stray "diện" beside "xe điện" is noise to a reader who typed "xe dien".
  const inPhrase = new Set(phraseStarts.flatMap((start) => words.map((_word, offset) => start + offset)));
  const marked = tokens.map((_token, position) =>
    inPhrase.size > 0
      ? inPhrase.has(position)
      : perWord.some((row, index) => row[position]! > 0 && row[position] === bestPerWord[index]),
  );
  return { weights, marked, phraseStarts, bestPerWord, countPerWord };
}

const saturate = (amount: number, half: number) => amount / (amount + half);

/** What a score is made of, however it was found: from an article's text or from its index positions (index-hits.ts). */
export interface ScoreSignals {
  /** Per query word: best weight in the body and how many body words reach it. */
  bodyBest: readonly number[];
  bodyCount: readonly number[];
  /** Places in the body where all the words stand together in order. */
  bodyPhrases: number;
  /** Per query word: best weight in the title. */
  titleBest: readonly number[];
  titlePhrase: boolean;
}

/** The one ranking formula: coverage squared times term, phrase and title evidence. */
export function combineScore(signals: ScoreSignals): number {
  const words = signals.bodyBest.length;
  if (words === 0) return 0;
  const answered = signals.bodyBest.map((best, index) => Math.max(best, signals.titleBest[index]!));
  const coverage = answered.filter((weight) => weight > 0).length / words;
  const termScore = signals.bodyBest.reduce((sum, best, index) => sum + best * saturate(signals.bodyCount[index]!, 2), 0) / words;
  const phraseScore = words > 1 ? saturate(signals.bodyPhrases, 1) : 0;
  const titleScore = signals.titleBest.reduce((sum, best) => sum + best, 0) / words + (signals.titlePhrase ? 1 : 0);
  return coverage * coverage * (termScore + 1.5 * phraseScore + titleScore);
}

export interface DocumentScore {
  score: number;
  body: TextMatches;
  title: TextMatches;
}

export function scoreDocument(words: readonly QueryWord[], titleTokens: readonly Token[], bodyTokens: readonly Token[]): DocumentScore {
  const body = findMatches(words, bodyTokens);
  const title = findMatches(words, titleTokens);
  const score = combineScore({
    bodyBest: body.bestPerWord,
    bodyCount: body.countPerWord,
    bodyPhrases: body.phraseStarts.length,
    titleBest: title.bestPerWord,
    titlePhrase: title.phraseStarts.length > 0,
  });
  return { score, body, title };
}
