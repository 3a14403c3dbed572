/**
 * RSS 2.0 feeds, made with @astrojs/rss: the whole archive, and one per
 * topic and per partner so a reader can follow "ISO" or "Halal". Items come
 * from the archive's own sorted lists (newest first), never from a separate
 * collection query, so feeds and pages always agree.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { UrlResolver } from '../urls/absolute-url.ts';
import { articleSummary } from './article-summary.ts';
import { machineDate } from './date-format.ts';
import { startInstant } from '../content/dates.ts';
import type { Article, Partner, Topic } from '../archive/model.ts';
import { siteName } from './site.ts';
import { paths } from '../urls/paths.ts';

/** A feed as a page links to it (<link rel="alternate">) and as the feed names itself. */
export interface FeedLink {
  title: string;
  path: string;
}

export const topicFeed = (topic: Topic): FeedLink => ({ title: `Chủ đề ${topic.label} · ${siteName}`, path: paths.topicFeed(topic.id) });
export const partnerFeed = (partner: Partner): FeedLink => ({ title: `Đối tác ${partner.shortName} · ${siteName}`, path: paths.partnerFeed(partner.id) });

export interface FeedSpec extends FeedLink {
  description: string;
  /** The page the feed mirrors (the channel's <link>). */
  pagePath: string;
  /** Already newest first (archive order). */
  articles: readonly Article[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

export function feedItem(article: Article, url: UrlResolver): RSSFeedItem {
  const author = article.author ? `<dc:creator>${escapeXml(article.author.name)}</dc:creator>` : '';
  return {
    title: article.title,
    link: url(article.path),
    description: articleSummary(article, 600),
    // RSS 2.0 requires a full RFC 822 date-time, so pubDate is the first
    // instant the publication date covers (Vietnam time); for "tháng 12/2023"
    // that is 1/12/2023 00:00. dc:date keeps the honest precision ("2023-12").
    pubDate: new Date(startInstant(article.published.start)),
    customData: `<dc:date>${machineDate(article.published.start)}</dc:date>${author}`,
    categories: [...article.topics.map((topic) => topic.label), ...article.partners.map((partner) => partner.shortName)],
  };
}

export function feedResponse(spec: FeedSpec, url: UrlResolver): Promise<Response> {
  return rss({
    title: spec.title,
    description: spec.description,
    site: url(spec.pagePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    // No <lastBuildDate>: the build machine's clock must not change the output.
    customData: `<language>vi</language><atom:link href="${escapeXml(url(spec.path))}" rel="self" type="application/rss+xml"/>`,
    items: spec.articles.map((article) => feedItem(article, url)),
  });
}
