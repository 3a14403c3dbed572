/** JSON-LD builders: honest dates, no invented authors, partners as Organizations, safe serialisation. */
import { describe, expect, it } from 'vitest';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { buildArchive } from '../../../src/archive/build-archive.ts';
import type { Article } from '../../../src/archive/model.ts';
import { articleSchema, partnerSchema, topicSchema } from '../../../src/content/schema.ts';
import { parseBody } from '../../../src/markdown/body-model.ts';
import {
  breadcrumbList,
  newsArticle,
  partnerOrganization,
  serializeJsonLd,
  webSite,
  type JsonLdNode,
} from '../../../src/publish/structured-data.ts';

const url = urlResolver('https://example.org', '/luu-tru/');

const partners = [
  { id: 'iso', acronym: 'ISO', nameVi: 'Tổ chức Tiêu chuẩn hóa quốc tế', nameEn: 'International Organization for Standardization', kind: 'international', country: 'CH', url: 'https://www.iso.org' },
  { id: 'ptb', acronym: 'PTB', nameVi: 'Viện Đo lường Đức', nameEn: 'Physikalisch-Technische Bundesanstalt', kind: 'government', country: 'DE' },
].map((partner) => partnerSchema.parse(partner));
const topics = [{ id: 'xe-dien', label: 'Xe điện', description: 'Xe điện và pin.' }].map((topic) => topicSchema.parse(topic));

/** One article through the real schema and archive builder. */
function article(frontmatter: Record<string, unknown>, body = 'Đoạn thứ nhất của bài.'): Article {
  const data = articleSchema.parse({
    title: 'Hợp tác về tiêu chuẩn xe điện',
    source: { name: 'VietQ.vn', capture: 'x.txt' },
    topics: ['xe-dien'],
    partners: ['iso', 'ptb'],
    ...frontmatter,
  });
  const archive = buildArchive({ articles: [{ id: 'bai-thu', file: 'content/articles/bai-thu.md', data, body: parseBody(body) }], partners, topics, glossary: [] });
  return archive.articles[0]!;
}

/** What a reader of the script element gets back. */
const roundTrip = (node: JsonLdNode) => JSON.parse(serializeJsonLd(node)) as Record<string, any>;

describe('newsArticle', () => {
  it.each([
    ['a minute with its Vietnam offset', { date: '24/01/2023 06:31' }, '2023-01-24T06:31+07:00'],
    ['a day', { date: '20/12/2023' }, '2023-12-20'],
    ['an approximate month, never a made-up day', { date: '12/2023', approximate: true }, '2023-12'],
    ['an uncertain range by its start', { date: '2/2022', end: '3/2022', approximate: true }, '2022-02'],
    ['a year alone', { date: '2022' }, '2022'],
  ])('datePublished is honest for %s', (_case, published, expected) => {
    expect(roundTrip(newsArticle(article({ published }), url)).datePublished).toBe(expected);
  });

  it('names the headline, language, address, publisher and partners', () => {
    const node = roundTrip(newsArticle(article({ published: { date: '20/12/2023' } }), url));
    expect(node['@context']).toBe('https://schema.org');
    expect(node['@type']).toBe('NewsArticle');
    expect(node.headline).toBe('Hợp tác về tiêu chuẩn xe điện');
    expect(node.inLanguage).toBe('vi');
    expect(node.url).toBe('https://example.org/luu-tru/bai-viet/bai-thu/');
    expect(node.mainEntityOfPage).toBe(node.url);
    expect(node.image).toBe('https://example.org/luu-tru/og-default.png');
    expect(node.publisher).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng' });
    // References to the nodes the partner pages describe in full.
    expect(node.mentions).toEqual([
      { '@type': 'Organization', '@id': 'https://example.org/luu-tru/doi-tac/iso/#to-chuc', name: 'Tổ chức Tiêu chuẩn hóa quốc tế' },
      { '@type': 'GovernmentOrganization', '@id': 'https://example.org/luu-tru/doi-tac/ptb/#to-chuc', name: 'Viện Đo lường Đức' },
    ]);
    expect(node.about).toEqual([{ '@type': 'Thing', name: 'Xe điện', url: 'https://example.org/luu-tru/chu-de/xe-dien/' }]);
  });

  it('gives the signed author as a Person and invents none for unsigned texts', () => {
    const signed = roundTrip(newsArticle(article({ published: { date: '2023' }, author: { name: 'Vũ Tú Quyên', role: 'Phó Vụ trưởng' } }), url));
    expect(signed.author).toEqual({ '@type': 'Person', name: 'Vũ Tú Quyên', jobTitle: 'Phó Vụ trưởng' });
    const unsigned = roundTrip(newsArticle(article({ published: { date: '2023' } }), url));
    expect(unsigned).not.toHaveProperty('author');
  });

  it('points at the article it is based on only by its own address; a home page is its publisher\'s', () => {
    const at = (source: Record<string, unknown>) => roundTrip(newsArticle(article({ published: { date: '2023' }, source: { capture: 'x.txt', ...source } }), url));
    const own = at({ name: 'VietQ.vn', url: 'https://vietq.vn/hop-tac-a.html', site: 'https://vietq.vn' });
    expect(own.isBasedOn.url).toBe('https://vietq.vn/hop-tac-a.html');
    const siteOnly = at({ name: 'VietQ.vn', site: 'https://vietq.vn' });
    expect(siteOnly.isBasedOn).not.toHaveProperty('url');
    expect(siteOnly.isBasedOn.publisher).toEqual({ '@type': 'Organization', name: 'VietQ.vn', url: 'https://vietq.vn' });
    expect(at({})).not.toHaveProperty('isBasedOn');
  });

  it('describes the article in its own words: the lead, else the first paragraph', () => {
    const withLead = article({ published: { date: '2023' }, lead: 'Sapo nguyên văn.' });
    expect(roundTrip(newsArticle(withLead, url)).description).toBe('Sapo nguyên văn.');
    const withoutLead = article({ published: { date: '2023' } }, '## Mục một\n\n<figure class="photo-caption"><figcaption>Ảnh.</figcaption></figure>\n\nĐoạn đầu tiên &amp; thật.');
    expect(roundTrip(newsArticle(withoutLead, url)).description).toBe('Đoạn đầu tiên & thật.');
  });
});

describe('partnerOrganization', () => {
  it('keeps the acronym and English name as alternate names and the country', () => {
    const node = roundTrip(partnerOrganization(article({ published: { date: '2023' } }).partners[0]!, url));
    expect(node.alternateName).toEqual(['ISO', 'International Organization for Standardization']);
    expect(node.address).toEqual({ '@type': 'PostalAddress', addressCountry: 'CH' });
  });
});

describe('breadcrumbList and webSite', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const node = roundTrip(breadcrumbList([{ name: 'Trang chủ', url: url('/') }, { name: 'Năm 2023', url: url('/nam/2023/') }]));
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://example.org/luu-tru/' },
      { '@type': 'ListItem', position: 2, name: 'Năm 2023', item: 'https://example.org/luu-tru/nam/2023/' },
    ]);
  });

  it('points the SearchAction at the search page with the parameter it declares', () => {
    const action = roundTrip(webSite(url)).potentialAction;
    expect(action.target.urlTemplate).toBe('https://example.org/luu-tru/tim-kiem/?q={search_term_string}');
    expect(action['query-input']).toBe('required name=search_term_string');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by a title that contains </script>', () => {
    const node: JsonLdNode = { '@type': 'Thing', name: 'Bài </script><script>alert(1)</script> <!-- x' };
    const text = serializeJsonLd(node);
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe(node.name);
  });
});
