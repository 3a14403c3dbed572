/**
 * What the archive can honestly say about where an article came from, for the
 * article's byline, its listing card, its structured data and its citation: the
 * publication's name when the source gives one, a link to the article itself
 * only when its own address is known, and otherwise the site's home page named
 * as a home page — a reader must never take a site's front page for the article.
 */
import type { ArticleData } from '../content/schema.ts';
import { formatDateSpec } from './date-format.ts';
import { sourceWording as w } from '../reference/wording.ts';

type Source = ArticleData['source'];

export interface SourceLine {
  /** The publication's name, or the words saying the source names none. */
  label: string;
  /** True when `label` is the publication's name (false: the article names no publication). */
  named: boolean;
  /** The article's own address: the label links there. */
  articleUrl?: string;
  /** The site's home page, shown as such when the article's own address is not known. */
  site?: { url: string; label: string };
  /** When the capture was taken, in words ("bản lưu ngày 5/12/2026", or that it is not known). */
  captured: string;
}

/** "vietq.vn" for https://www.vietq.vn/: the host as readers type it. */
export const siteHost = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

export function sourceLine(source: Source): SourceLine {
  const site = !source.url && source.site ? { url: source.site, label: w.siteHome(siteHost(source.site)) } : undefined;
  return {
    label: source.name ?? w.unnamed,
    named: source.name !== undefined,
    ...(source.url ? { articleUrl: source.url } : {}),
    ...(site ? { site } : {}),
    captured: source.capturedAt ? w.capturedOn(formatDateSpec({ start: source.capturedAt, approximate: false }), source.capturedAt.precision === 'day' || source.capturedAt.precision === 'minute') : w.capturedUnknown,
  };
}
