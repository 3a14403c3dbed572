/**
 * Turns one Pagefind fragment (an indexed article: url, plain text, metadata)
 * into what a result shows: title and excerpt as marked segments, the date,
 * the link that highlights the words in the article, and the score.
 */
import { buildExcerpt, markedPhrases, markWholeText, type Segment } from './excerpt.ts';
import { queryWords, type QueryWord } from './match.ts';
import { scoreDocument } from './rank.ts';
import { textFragmentHref } from './text-fragment.ts';
import { tokenize, type Token } from './tokens.ts';

/** The part of a Pagefind fragment this archive uses (see SearchIndexFields.astro). */
export interface IndexedArticle {
  url: string;
  content: string;
  meta: { title?: string; date?: string; datetime?: string };
}

export interface ResultView {
  url: string;
  /** The article URL with a text fragment for the highlighted words. */
  href: string;
  title: Segment[];
  excerpt: Segment[];
  /** Vietnamese date as the site shows it ("tháng 12/2023"). */
  date: string;
  /** Machine-readable date for <time datetime>. */
  datetime: string;
  score: number;
  /** True when the page holds the query's words side by side, in order (set by the search; such pages lead). */
  together?: boolean;
  /** Where it stands in the order: 0 the phrase, 1 the typed words apart, 2… each synonym's pages (set by the search). */
  group?: number;
  /** The synonym that found it, when the typed words did not ("TCĐLCL"). */
  synonym?: string;
}

/** The indexed text starts with the <h1>; the excerpt should show the article, not repeat the title. */
function dropLeadingTitle(bodyTokens: Token[], titleTokens: Token[]): Token[] {
  const startsWithTitle = titleTokens.length > 0 && titleTokens.every((token, index) => bodyTokens[index]?.text === token.text);
  return startsWithTitle ? bodyTokens.slice(titleTokens.length) : bodyTokens;
}

export function describeResult(article: IndexedArticle, words: readonly QueryWord[]): ResultView {
  const content = article.content.normalize('NFC');
  const titleText = (article.meta.title ?? article.url).normalize('NFC');
  const titleTokens = tokenize(titleText);
  const bodyTokens = dropLeadingTitle(tokenize(content), titleTokens);
  const { score, body, title } = scoreDocument(words, titleTokens, bodyTokens);
  const excerpt = buildExcerpt(content, bodyTokens, body);
  return {
    url: article.url,
    href: textFragmentHref(article.url, markedPhrases(excerpt)),
    title: markWholeText(titleText, titleTokens, title.marked),
    excerpt,
    date: article.meta.date ?? '',
    datetime: article.meta.datetime ?? '',
    score,
  };
}

/** A short text with a match of each kind (marks as typed, folded, "d" for "đ", phrase, unfinished word), for primeDescribe(). */
const PRIMER: IndexedArticle = { url: '/', content: 'Tiêu chuẩn đo lường chất lượng: tieu chuan va do luong.', meta: { title: 'Tiêu chuẩn đo lường' } };

/**
 * Describes a short text once, so the first result shown does not pay for
 * compiling the matcher: cold, the first of the real site's three articles
 * takes 7–18 ms to describe in Node, 4 ms after this (which takes 2 ms).
 * The search page calls it while it waits for the index.
 */
export function primeDescribe(): void {
  describeResult(PRIMER, queryWords(['tiêu', 'chuan', 'do', 'lu']));
}
