/** URLs never move: every route the archive publishes is pinned here. */
import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/content/schema.ts';
import { eventAnchor, joinBase, pagedPath, paths } from '../../../src/urls/paths.ts';

describe('paths', () => {
  it.each([
    [paths.home(), '/'],
    [paths.article('hoi-nhap-quoc-te-tcdlcl-huong-toi-phat-trien-ben-vung'), '/bai-viet/hoi-nhap-quoc-te-tcdlcl-huong-toi-phat-trien-ben-vung/'],
    [paths.topics(), '/chu-de/'],
    [paths.topic('xe-dien'), '/chu-de/xe-dien/'],
    [paths.topicPage('xe-dien', 1), '/chu-de/xe-dien/'],
    [paths.topicPage('xe-dien', 2), '/chu-de/xe-dien/trang/2/'],
    [paths.years(), '/nam/'],
    [paths.year(2023), '/nam/2023/'],
    [paths.yearPage(2023, 1), '/nam/2023/'],
    [paths.yearPage(2023, 12), '/nam/2023/trang/12/'],
    [paths.timeline(), '/dong-thoi-gian/'],
    [paths.timelineYear(2022), '/dong-thoi-gian/2022/'],
    [paths.timelineMonth(2014, 3), '/dong-thoi-gian/2014/thang-3/'],
    [paths.timelineMonth(2014, undefined), '/dong-thoi-gian/2014/ca-nam/'],
    [paths.timelineMonthPage(2014, 3, 2), '/dong-thoi-gian/2014/thang-3/trang/2/'],
    [paths.partners(), '/doi-tac/'],
    [paths.partner('iso'), '/doi-tac/iso/'],
    [paths.partner('eu-arise-plus'), '/doi-tac/eu-arise-plus/'],
    [paths.partnerPage('iso', 1), '/doi-tac/iso/'],
    [paths.partnerPage('iso', 3), '/doi-tac/iso/trang/3/'],
    [paths.partnerCountry('CH'), '/doi-tac/#quoc-gia-ch'],
    [paths.glossary(), '/thuat-ngu/'],
    [paths.search(), '/tim-kiem/'],
    [paths.about(), '/gioi-thieu/'],
    [paths.contact(), '/lien-he/'],
    [paths.licence(), '/giay-phep/'],
    [paths.accessibility(), '/kha-nang-tiep-can/'],
    [paths.feed(), '/rss.xml'],
    [paths.topicFeed('xe-dien'), '/chu-de/xe-dien/rss.xml'],
    [paths.partnerFeed('iso'), '/doi-tac/iso/rss.xml'],
    [eventAnchor('dai-hoi-iso-2022'), 'su-kien-dai-hoi-iso-2022'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('is only handed ids that are slugs already: the schema rejects any other', () => {
    // paths.* put ids into URLs as they are, so this rule is what keeps URLs ASCII.
    const topic = { label: 'Đo lường', description: 'Đo lường.' };
    expect(topicSchema.safeParse({ ...topic, id: 'Đo lường' }).success).toBe(false);
    expect(topicSchema.safeParse({ ...topic, id: 'do-luong' }).success).toBe(true);
    expect(paths.topic('do-luong')).toBe('/chu-de/do-luong/');
  });

  it('refuses page numbers that would make a URL nobody links to', () => {
    expect(() => pagedPath('/nam/2023/', 0)).toThrow(/page/);
    expect(() => pagedPath('/nam/2023/', 1.5)).toThrow(/page/);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', '/nam/', '/nam/'],
    ['/luu-tru/', '/nam/', '/luu-tru/nam/'],
    ['/luu-tru', '/', '/luu-tru/'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
