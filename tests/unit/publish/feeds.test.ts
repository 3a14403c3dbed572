/** Feed items: honest dates, escaped custom XML, pinned feed addresses. */
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/publish/article-summary.ts';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { parseVietnameseDate } from '../../../src/content/dates.ts';
import { feedItem } from '../../../src/publish/feeds.ts';
import type { Article } from '../../../src/archive/model.ts';
import { parseBody } from '../../../src/markdown/body-model.ts';
import { paths } from '../../../src/urls/paths.ts';

const url = urlResolver('https://example.org', '/');

function article(published: string, author?: string): Article {
  return {
    id: 'bai-thu', path: '/bai-viet/bai-thu/', draft: false, title: 'Bài thử', titleEditorial: false,
    published: { start: parseVietnameseDate(published), approximate: false }, year: 2023,
    source: { name: 'VietQ.vn', capture: 'x.txt', furniture: [] }, author: author ? { name: author } : undefined,
    topics: [], partners: [], events: [], notes: [], readingMinutes: 1, body: parseBody('Đoạn đầu.'),
  };
}

describe('feedItem', () => {
  it.each([
    ['24/01/2023 06:31', '2023-01-23T23:31:00.000Z', '2023-01-24T06:31+07:00'],
    ['12/2023', '2023-11-30T17:00:00.000Z', '2023-12'],
    ['2022', '2021-12-31T17:00:00.000Z', '2022'],
  ])('dates %s at its first instant in Vietnam time, keeping the precision in dc:date', (date, instant, honest) => {
    const item = feedItem(article(date), url);
    expect((item.pubDate as Date).toISOString()).toBe(instant);
    expect(item.customData).toContain(`<dc:date>${honest}</dc:date>`);
  });

  it('escapes the author for the XML it is written into', () => {
    expect(feedItem(article('2023', 'Trần & <Lê>'), url).customData).toContain('<dc:creator>Trần &#38; &#60;Lê&#62;</dc:creator>');
  });

  it('links the article by its absolute address', () => {
    expect(feedItem(article('2023'), url).link).toBe('https://example.org/bai-viet/bai-thu/');
  });
});

describe('feed addresses never move', () => {
  it.each([
    [paths.feed(), '/rss.xml'],
    [paths.topicFeed('xe-dien'), '/chu-de/xe-dien/rss.xml'],
    [paths.partnerFeed('eu-arise-plus'), '/doi-tac/eu-arise-plus/rss.xml'],
    [paths.sitemap(), '/sitemap-index.xml'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a word, marking the cut', () => {
    expect(shorten('Ngắn.', 20)).toBe('Ngắn.');
    const cut = shorten('Tiêu chuẩn đo lường chất lượng cho xe điện và pin', 25);
    expect(cut).toBe('Tiêu chuẩn đo lường chất…');
    expect(cut.length).toBeLessThanOrEqual(25);
  });
});
