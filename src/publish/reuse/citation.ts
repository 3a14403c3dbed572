/**
 * How to cite an article: one Vietnamese sentence a reader copies, and the
 * same facts as a CSL-JSON item, from which citation-files.ts writes BibTeX
 * and RIS. Dates keep their precision (a month stays a month, "khoảng" stays);
 * a title the editors reconstructed says so.
 */
import type { PartialDate } from '../../content/dates.ts';
import type { Article } from '../../archive/model.ts';
import type { UrlResolver } from '../../urls/absolute-url.ts';
import { paths } from '../../urls/paths.ts';
import { formatDateSpec } from '../date-format.ts';
import { siteName } from '../site.ts';

export const EDITORIAL_TITLE_NOTE = 'tiêu đề do biên tập viên đặt';
export const APPROXIMATE_DATE_NOTE = 'thời gian đăng ước đoán, bài gốc không ghi';

/**
 * The ready citation: Author (year). Title [editorial]. Source, date. Archive. Address.
 * An unsigned article is cited by its source, which then is not named twice; an
 * article whose source names no publication is cited by its title. Nothing
 * stands in for what is not known.
 */
export function citationText(article: Article, url: UrlResolver): string {
  const year = article.published.approximate ? `khoảng ${article.year}` : String(article.year);
  const title = article.titleEditorial ? `${article.title} [${EDITORIAL_TITLE_NOTE}]` : article.title;
  const date = formatDateSpec(article.published);
  const source = article.source.name;
  const who = article.author?.name ?? source;
  const published = article.author && source ? `${source}, ${date}` : `Đăng ${date}`;
  const original = article.source.url ? ` Bài gốc: ${article.source.url}.` : '';
  const head = who ? `${who} (${year}). ${title}.` : `${title} (${year}).`;
  return `${head} ${published}.${original} ${siteName}. ${url(paths.article(article.id))}`;
}

/** CSL date parts at the date's own precision: [[2023, 12]] for a month, never a made-up day. */
function dateParts(date: PartialDate): number[] {
  if (date.precision === 'year') return [date.year];
  if (date.precision === 'month') return [date.year, date.month!];
  return [date.year, date.month!, date.day!];
}

/** A CSL-JSON item (the format Zotero and citation-js read), with only fields that are known. */
export interface CslItem {
  id: string;
  /**
   * Not "article-newspaper": citation-js follows the RIS specification, whose
   * NEWS type keeps only a year and no author, while a magazine article keeps
   * the author (AU) and the date at its precision (DA  - 2023/12//). An
   * article whose source names no publication is a plain "article": no
   * magazine is made up for it.
   */
  type: 'article-magazine' | 'article';
  title: string;
  language: 'vi';
  /** The publication, only when the source names it. */
  'container-title'?: string;
  author?: CslName[];
  issued: { 'date-parts': number[][]; circa?: true };
  URL: string;
  /** The archive that keeps the copy cited (RIS DB). */
  source: string;
  /** What neither BibTeX nor RIS has a field for: where the copy is kept, a reconstructed title, an approximate date. */
  note: string;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** A name as CSL holds it. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A Vietnamese name is written family name first: "Vũ Tú Quyên" is Vũ, Tú Quyên. */
export function vietnameseName(name: string): CslName {
  const [family, ...given] = name.trim().split(/\s+/);
  return given.length > 0 ? { family: family!, given: given.join(' ') } : { literal: name.trim() };
}

export function cslItem(article: Article, url: UrlResolver): CslItem {
  const notes = [
    `Lưu tại: ${siteName}`,
    article.source.url ? `Bài gốc: ${article.source.url}` : '',
    article.titleEditorial ? capitalise(EDITORIAL_TITLE_NOTE) : '',
    article.published.approximate ? capitalise(APPROXIMATE_DATE_NOTE) : '',
  ].filter(Boolean);
  return {
    id: article.id,
    type: article.source.name ? 'article-magazine' : 'article',
    title: article.title,
    language: 'vi',
    ...(article.source.name ? { 'container-title': article.source.name } : {}),
    ...(article.author ? { author: [vietnameseName(article.author.name)] } : {}),
    issued: { 'date-parts': [dateParts(article.published.start)], ...(article.published.approximate ? { circa: true as const } : {}) },
    URL: url(paths.article(article.id)),
    source: siteName,
    // Whole sentences, each closed: a reference manager shows the note as it stands.
    note: `${notes.join('. ')}.`,
  };
}
