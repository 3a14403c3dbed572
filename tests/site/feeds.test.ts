/**
 * Feeds and sitemap as feed readers and crawlers read them: well-formed XML,
 * every article present with a link that resolves to its built page, topic
 * and partner feeds holding exactly the articles that name them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { slugify } from '../../src/urls/slug.ts';
import { articleFiles, projectRoot, readArticle } from '../../scripts/shared/content-files.ts';
import { builtPages, defaultDist, fileForPath } from '../helpers/dist.ts';
import { readFeed, sitemapLocations } from '../helpers/xml-files.ts';

const origin = 'https://example.org';
const pages = builtPages();
const articles = articleFiles().map((file) => readArticle(file).article!);
const listIds = (file: string) => parseYamlList(readFileSync(join(projectRoot, 'content', file), 'utf8'), file).map((record) => record.id);
const feedAt = (path: string) => {
  const file = fileForPath(path);
  if (!file) throw new Error(`no feed built at ${path}`);
  return readFeed(file);
};
const pageAt = (link: string) => pages.find((page) => page.file === fileForPath(new URL(link).pathname));
const articleLink = (id: string) => `${origin}/bai-viet/${slugify(id)}/`;

describe('the site feed /rss.xml', () => {
  const feed = feedAt('/rss.xml');

  it('is a Vietnamese RSS channel that names its own address', () => {
    expect(feed.language).toBe('vi');
    expect(feed.self).toBe(`${origin}/rss.xml`);
    expect(feed.link).toBe(`${origin}/`);
  });

  it('holds every article once, newest first', () => {
    expect(feed.items.map((item) => item.link).sort()).toEqual(articles.map((article) => articleLink(article.id)).sort());
    const times = feed.items.map((item) => item.pubDate.getTime());
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each(feed.items.map((item) => [item.link, item] as const))('%s resolves to the page it describes', (link, item) => {
    const page = pageAt(link);
    expect(page, `${link} has no built page`).toBeDefined();
    expect(item.guid).toBe(link);
    expect(page!.$('meta[property="og:title"]').attr('content')).toBe(item.title);
    // The honest date in dc:date is the one the page shows in its byline.
    expect(page!.$('.byline time').first().attr('datetime')).toBe(item.date);
    expect(item.description.length).toBeGreaterThan(20);
    const topicLabels = page!.$('.article-links a[href*="/chu-de/"]').map((_index, element) => page!.$(element).text().trim()).get();
    expect(item.categories).toEqual(expect.arrayContaining(topicLabels));
  });
});

describe.each([
  ['topic', 'topics.yaml', '/chu-de/', (data: (typeof articles)[number]['data']) => data.topics],
  ['partner', 'partners.yaml', '/doi-tac/', (data: (typeof articles)[number]['data']) => data.partners],
] as const)('a feed per %s', (_kind, listFile, prefix, idsOf) => {
  it.each(listIds(listFile))(`${prefix}%s/rss.xml holds exactly the articles that name it, newest first`, (id) => {
    const path = `${prefix}${slugify(id)}/rss.xml`;
    const feed = feedAt(path);
    expect(feed.self).toBe(`${origin}${path}`);
    const expected = articles.filter((article) => idsOf(article.data).includes(id)).map((article) => articleLink(article.id));
    expect(feed.items.map((item) => item.link).sort()).toEqual(expected.sort());
    const times = feed.items.map((item) => item.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The page the feed mirrors links the feed, so readers can find it.
    const page = pages.find((candidate) => candidate.path === `${prefix}${slugify(id)}/`);
    if (page) expect(page.$(`link[rel="alternate"][type="application/rss+xml"][href="${path}"]`).length).toBe(1);
  });
});

describe('feed discovery', () => {
  it('every page links the site feed', () => {
    const without = pages.filter((page) => page.$('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]').length !== 1);
    expect(without.map((page) => page.path)).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const locations = sitemapLocations(join(defaultDist, 'sitemap-index.xml'), defaultDist, '/');
  const canonicals = pages.map((page) => page.$('link[rel="canonical"]').attr('href')).filter((href) => href !== undefined);

  const downloads = ['bai-viet', 'su-kien', 'doi-tac'].flatMap((table) => [`${origin}/du-lieu/${table}.csv`, `${origin}/du-lieu/${table}.json`]);

  it('lists every indexable page and every data download once, and nothing else', () => {
    expect(new Set(locations).size).toBe(locations.length);
    expect([...locations].sort()).toEqual([...canonicals, ...downloads].sort());
  });

  it('lists every article and leaves out the 404 page', () => {
    expect(locations).toEqual(expect.arrayContaining(articles.map((article) => articleLink(article.id))));
    expect(locations.filter((location) => location.includes('404'))).toEqual([]);
  });

  it.each(locations.map((location) => [location]))('%s is a built page', (location) => {
    expect(location.startsWith(`${origin}/`)).toBe(true);
    expect(fileForPath(new URL(location).pathname)).toBeDefined();
  });

  it('robots.txt points crawlers at the sitemap index', () => {
    const robots = readFileSync(join(defaultDist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${origin}/sitemap-index.xml`);
    expect(fileForPath(new URL(sitemap!).pathname)).toBeDefined();
  });
});
