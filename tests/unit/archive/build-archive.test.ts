import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build-archive.ts';
import { article, partners, topics } from '../../helpers/archive-fixtures.ts';

const archive = buildArchive({
  partners,
  topics,
  glossary: [],
  articles: [
    article({ id: 'cu', published: '12/2021', approximate: true, partners: ['iso'] }),
    article({
      id: 'moi',
      published: '24/01/2023 06:31',
      partners: ['iso', 'apo'],
      lead: 'Tháng 9/2015, Liên Hợp Quốc đã xây dựng kế hoạch.',
      events: [
        { id: 'ngay', date: '27/10/2022', partners: ['iso'], quote: 'Đoạn văn thứ hai' },
        { id: 'thang', date: '9/2015', quote: 'Tháng 9/2015' },
        { id: 'du-kien', date: '29/3/2023', status: 'planned', partners: ['apo'], quote: 'Đoạn văn đầu tiên' },
      ],
    }),
    article({ id: 'giua', published: '20/12/2022' }),
  ],
});

describe('buildArchive', () => {
  it('orders articles newest first, an approximate month by its first day', () => {
    expect(archive.articles.map((item) => item.id)).toEqual(['moi', 'giua', 'cu']);
    expect(archive.articles[2]!.year).toBe(2021);
  });

  it('resolves partners and topics into records with URLs', () => {
    const newest = archive.articles[0]!;
    expect(newest.path).toBe('/bai-viet/moi/');
    expect(newest.partners.map((partner) => partner.path)).toEqual(['/doi-tac/iso/', '/doi-tac/apo/']);
    expect(newest.topics[0]!.path).toBe('/chu-de/do-luong/');
  });

  it('sorts partners and topics with Vietnamese collation', () => {
    expect(archive.topics.map((topic) => topic.label)).toEqual(['An toàn', 'Biến đổi khí hậu', 'Chất lượng', 'Đo lường', 'Halal', 'Xe điện']);
    expect(archive.partners.map((partner) => partner.shortName)).toEqual(['APO', 'BSI', 'IEC', 'INSO', 'ISO', 'PTB', 'SA', 'SII']);
  });

  it('builds the timeline oldest first, each event linked to its paragraph', () => {
    expect(archive.timeline.map((event) => event.id)).toEqual(['thang', 'ngay', 'du-kien']);
    const [lead, body] = archive.timeline;
    expect(lead!.location).toEqual({ in: 'lead' });
    expect(body!.location).toEqual({ in: 'body', block: 1 });
    expect(body!.path).toBe('/bai-viet/moi/#su-kien-ngay');
    expect(archive.timeline[2]!.status).toBe('planned');
  });

  it('counts reading time in minutes, at least one', () => {
    expect(archive.articles.every((item) => item.readingMinutes >= 1)).toBe(true);
  });
});

describe('drafts', () => {
  const input = {
    partners,
    topics,
    glossary: [],
    articles: [
      article({ id: 'da-dang', published: '1/2/2024', partners: ['iso'], events: [{ id: 'a', date: '1/2/2024' }] }),
      article({ id: 'ban-nhap', published: '2/2/2024', partners: ['iso'], draft: true, events: [{ id: 'b', date: '2/2/2024' }] }),
    ],
  };

  it('are left out of a build: no article, no event on the timeline', () => {
    const built = buildArchive(input);
    expect(built.articles.map((item) => item.id)).toEqual(['da-dang']);
    expect(built.timeline.map((event) => event.articleId)).toEqual(['da-dang']);
  });

  it('are kept, marked as drafts, for the dev server', () => {
    const preview = buildArchive({ ...input, includeDrafts: true });
    expect(preview.articles.map((item) => [item.id, item.draft])).toEqual([
      ['ban-nhap', true],
      ['da-dang', false],
    ]);
    expect(preview.timeline).toHaveLength(2);
  });
});
