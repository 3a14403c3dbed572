/**
 * Reads the site's XML outputs (RSS feeds, sitemaps) the way a feed reader or
 * crawler would: a file that is not well-formed XML fails with its name and
 * line, then the content is read back as plain data.
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fileForPath } from './dist.ts';

// Elements that may occur once or many times are always read as lists.
const repeated = new Set(['item', 'category', 'url', 'sitemap']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => repeated.has(name) });

export function readXml(file: string): any {
  const text = readFileSync(file, 'utf8');
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) throw new Error(`${file} is not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line})`);
  return parser.parse(text);
}

export interface FeedEntry {
  title: string;
  link: string;
  guid: string;
  pubDate: Date;
  /** dc:date: the publication date at its own precision. */
  date: string;
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  link: string;
  language: string;
  /** atom:link rel="self": where the feed says it lives. */
  self: string;
  items: FeedEntry[];
}

export function readFeed(file: string): Feed {
  const channel = readXml(file).rss.channel;
  return {
    title: channel.title,
    link: channel.link,
    language: channel.language,
    self: channel['atom:link']['@href'],
    items: (channel.item ?? []).map((item: any) => ({
      title: String(item.title),
      link: item.link,
      guid: item.guid['#text'],
      pubDate: new Date(item.pubDate),
      date: String(item['dc:date']),
      description: String(item.description),
      categories: (item.category ?? []).map(String),
    })),
  };
}

/** Every <loc> of the sitemap index's sitemaps, read from the built files. */
export function sitemapLocations(indexFile: string, dist: string, base: string): string[] {
  const sitemaps: { loc: string }[] = readXml(indexFile).sitemapindex.sitemap;
  return sitemaps.flatMap(({ loc }) => {
    const file = fileForPath(new URL(loc).pathname, dist, base);
    if (!file) throw new Error(`the sitemap index lists ${loc}, which was not built`);
    return (readXml(file).urlset.url as { loc: string }[]).map((entry) => entry.loc);
  });
}
