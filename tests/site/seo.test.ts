/**
 * What search engines and social networks read from each built page: a
 * specific title and description, a sharing card with a real image,
 * JSON-LD that parses and agrees with what the page shows, and markup the
 * Content-Security-Policy can allow without 'unsafe-inline'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { headerPolicy, metaPolicy } from '../../src/publish/security-policy.ts';
import { siteDescription } from '../../src/publish/site.ts';
import { builtPages, defaultDist, fileForPath, type BuiltPage } from '../helpers/dist.ts';

const origin = 'https://example.org';
const pages = builtPages();
const indexable = pages.filter((page) => page.$('meta[name="robots"]').attr('content') !== 'noindex');
const articlePages = pages.filter((page) => /^\/bai-viet\/[^/]+\/$/.test(page.path));
const byPath = (paths: BuiltPage[]) => paths.map((page) => [page.path, page] as const);

type Node = Record<string, any>;
function jsonLd($: CheerioAPI): Node[] {
  return $('script[type="application/ld+json"]').map((_index, element) => JSON.parse($(element).text()) as Node).get();
}
const nodesOfType = ($: CheerioAPI, type: string) => jsonLd($).filter((node) => node['@type'] === type);
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
const texts = ($: CheerioAPI, selector: string, read: (element: any) => string | undefined) =>
  $(selector).map((_index, element) => read($(element))).get();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('titles and descriptions', () => {
  it('no two pages share a title', () => {
    const titles = pages.map((page) => page.$('title').text());
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });

  it.each(byPath(articlePages))('%s describes itself in its own words, not with the site blurb', (_path, page) => {
    const description = meta(page.$, 'description');
    expect(description).not.toBe(siteDescription);
    expect(description!.length).toBeGreaterThan(40);
    expect(description!.length).toBeLessThanOrEqual(300);
  });
});

describe.each(byPath(indexable))('sharing card of %s', (_path, page) => {
  const { $ } = page;
  it('has OpenGraph and Twitter tags that match the page', () => {
    expect(meta($, 'og:url')).toBe($('link[rel="canonical"]').attr('href'));
    expect(meta($, 'og:title')).toBeTruthy();
    expect($('title').text()).toContain(meta($, 'og:title'));
    expect(meta($, 'og:description')).toBe(meta($, 'description'));
    expect(meta($, 'og:locale')).toBe('vi_VN');
    expect(meta($, 'og:type')).toBe(articlePages.includes(page) ? 'article' : 'website');
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    // X falls back to og:title, og:description and og:image; repeating them costs every page bytes.
    for (const name of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta($, name), name).toBeUndefined();
    expect(meta($, 'twitter:image:alt')).toBe(meta($, 'og:image:alt'));
  });

  it('shows a built 1200×630 PNG', () => {
    const image = new URL(meta($, 'og:image')!);
    expect(image.origin).toBe(origin);
    const file = fileForPath(image.pathname);
    expect(file, `${image} was not built`).toBeDefined();
    expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
  });
});

describe('JSON-LD', () => {
  it.each(byPath(pages))('%s: every block parses as schema.org data', (_path, page) => {
    for (const node of jsonLd(page.$)) {
      expect(node['@context']).toBe('https://schema.org');
      expect(typeof node['@type']).toBe('string');
    }
  });

  it.each(byPath(articlePages))('%s: one NewsArticle that agrees with the page', (_path, page) => {
    const { $ } = page;
    const articles = nodesOfType($, 'NewsArticle');
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    expect(article.headline).toBe(meta($, 'og:title'));
    expect(article.url).toBe($('link[rel="canonical"]').attr('href'));
    expect(article.inLanguage).toBe('vi');
    expect(article.datePublished).toBe($('.byline time').first().attr('datetime'));
    expect(article.datePublished).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}\+07:00)?)?)?$/);
    expect(article.publisher).toMatchObject({ name: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng' });
    const byline = $('.byline dt:contains("Tác giả") + dd').contents().first().text().trim();
    if (byline) expect(article.author).toMatchObject({ '@type': 'Person', name: byline });
    else expect(article.author).toBeUndefined();
    const partnerNames = texts($, '.article-links a[href*="/doi-tac/"]', (link) => link.attr('title'));
    expect(article.mentions.map((node: Node) => node.name)).toEqual(partnerNames);
    expect(article.mentions.every((node: Node) => /Organization$/.test(node['@type']))).toBe(true);
    // Each mention points at the node its partner page describes in full.
    for (const mention of article.mentions as Node[]) {
      const partnerPath = new URL(mention['@id']).pathname;
      const described = jsonLd(pages.find((other) => other.path === partnerPath)!.$).find((node) => node['@id'] === mention['@id']);
      expect(described, mention['@id']).toMatchObject({ '@type': mention['@type'], name: mention.name });
    }
    const topicLabels = texts($, '.article-links a[href*="/chu-de/"]', (link) => link.text().trim());
    expect(article.about.map((node: Node) => node.name)).toEqual(topicLabels);
  });

  it.each(byPath(pages.filter((page) => page.$('nav.breadcrumbs').length > 0)))('%s: a BreadcrumbList that matches the trail', (_path, page) => {
    const { $ } = page;
    const [trail] = nodesOfType($, 'BreadcrumbList');
    const crumbs = $('nav.breadcrumbs li');
    expect(trail?.itemListElement.map((item: Node) => item.name)).toEqual(crumbs.map((_index, element) => $(element).text().trim()).get());
    const expectedUrls = crumbs
      .map((_index, element) => {
        const href = $(element).find('a').attr('href');
        // The last crumb is the page itself (a noindex page has no canonical link to compare with).
        return new URL(href ?? page.path, origin).href;
      })
      .get();
    expect(trail.itemListElement.map((item: Node) => item.item)).toEqual(expectedUrls);
  });

  it('the home page declares the site with a SearchAction that reaches the search page', () => {
    const home = pages.find((page) => page.path === '/')!;
    const [site] = nodesOfType(home.$, 'WebSite');
    const template: string = site?.potentialAction.target.urlTemplate;
    expect(template).toBe(`${origin}/tim-kiem/?q={search_term_string}`);
    expect(fileForPath(new URL(template.replace('{search_term_string}', 'ISO')).pathname)).toBeDefined();
  });

  it('each partner page describes its organisation', () => {
    const partnerPages = pages.filter((page) => /^\/doi-tac\/[^/]+\/$/.test(page.path));
    expect(partnerPages.length).toBeGreaterThan(0);
    for (const page of partnerPages) {
      const organisations = jsonLd(page.$).filter((node) => /Organization$/.test(node['@type']) && node.mainEntityOfPage);
      expect(organisations, page.path).toHaveLength(1);
      expect(organisations[0]!.mainEntityOfPage).toBe(page.$('link[rel="canonical"]').attr('href'));
    }
  });
});

describe('markup the Content-Security-Policy allows without exceptions', () => {
  it.each(byPath(pages))('%s has no inline script, style or event handler, and carries the policy', (_path, page) => {
    const { $ } = page;
    expect($('script:not([src])').filter((_index, element) => $(element).attr('type') !== 'application/ld+json').length).toBe(0);
    expect($('style').length).toBe(0);
    expect($('[style]').length).toBe(0);
    const handlers = $('*').filter((_index, element) => Object.keys((element as any).attribs ?? {}).some((name) => name.startsWith('on')));
    expect(handlers.length).toBe(0);
    const meta = $('meta[http-equiv="content-security-policy"]');
    expect(meta.length).toBe(1);
    // The header's policy less what only a header can say; no per-script hashes ('self' covers every file).
    expect(meta.attr('content')).toBe(metaPolicy());
    expect(metaPolicy()).toContain("'wasm-unsafe-eval'");
    expect(metaPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'sha256-/);
    // A policy applies only to what follows it in the document.
    expect($('head > *').index(meta)).toBeLessThan($('head > link[rel="stylesheet"], head > script[src]').first().index());
  });

  it('_headers sends the same policy, plus what only a header can say', () => {
    const headers = readFileSync(join(defaultDist, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  });
});
