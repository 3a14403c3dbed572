/**
 * Small archives built through the real schema and buildArchive, for the
 * index-builder tests: more partners (kinds, countries) than
 * archive-fixtures.ts, and each event's quote written into the body so the
 * real quote check runs too.
 */
import { buildArchive } from '../../src/lib/build-archive';
import type { Archive } from '../../src/lib/model';
import { partnerSchema, topicSchema } from '../../src/lib/schema';
import type { ArticleInput } from '../../src/lib/validate';
import { article } from './archive-fixtures';

export const fixturePartners = [
  { id: 'iso', acronym: 'ISO', nameVi: 'Tổ chức Tiêu chuẩn hóa quốc tế', nameEn: 'International Organization for Standardization', kind: 'international', country: 'CH' },
  { id: 'iec', acronym: 'IEC', nameVi: 'Ủy ban Kỹ thuật điện quốc tế', nameEn: 'International Electrotechnical Commission', kind: 'international', country: 'CH' },
  { id: 'apo', acronym: 'APO', nameVi: 'Tổ chức Năng suất Châu Á', nameEn: 'Asian Productivity Organization', kind: 'regional', country: 'JP' },
  { id: 'bsi', acronym: 'BSI', nameVi: 'Viện Tiêu chuẩn Anh', nameEn: 'British Standards Institution', kind: 'national-standards-body', country: 'GB' },
  { id: 'sa', acronym: 'SA', nameVi: 'Cơ quan tiêu chuẩn hóa Úc', nameEn: 'Standards Australia', kind: 'national-standards-body', country: 'AU' },
  { id: 'sii', acronym: 'SII', nameVi: 'Viện Tiêu chuẩn Israel', nameEn: 'The Standards Institution of Israel', kind: 'national-standards-body', country: 'IL' },
  { id: 'ptb', acronym: 'PTB', nameVi: 'Viện Đo lường Đức', nameEn: 'Physikalisch-Technische Bundesanstalt', kind: 'government', country: 'DE' },
].map((partner) => partnerSchema.parse(partner));

export const fixtureTopics = [
  { id: 'xe-dien', label: 'Xe điện', description: 'Xe điện và pin.' },
  { id: 'do-luong', label: 'Đo lường', description: 'Đo lường.' },
  { id: 'chat-luong', label: 'Chất lượng', description: 'Chất lượng.' },
  { id: 'an-toan', label: 'An toàn', description: 'An toàn.' },
].map((topic) => topicSchema.parse(topic));

export interface FixtureEvent {
  id: string;
  date: string;
  end?: string;
  status?: 'happened' | 'planned';
  partners?: string[];
}

export interface FixtureArticle {
  id: string;
  published: string;
  approximate?: boolean;
  topics?: string[];
  partners?: string[];
  events?: FixtureEvent[];
}

const quoteOf = (eventId: string) => `Sự kiện ${eventId} đã được ghi lại`;

/** An article through archive-fixtures' article(), with a body paragraph holding each event's quote. */
export function fixtureArticle(fixture: FixtureArticle): ArticleInput {
  const events = (fixture.events ?? []).map((event) => ({ ...event, quote: quoteOf(event.id) }));
  return article({
    id: fixture.id,
    date: fixture.published,
    approximate: fixture.approximate,
    topics: fixture.topics ?? ['do-luong'],
    partners: fixture.partners,
    events,
    body: ['Đoạn mở đầu.', ...events.map((event) => `${event.quote} trong bài.`)].join('\n\n'),
  });
}

export function fixtureArchive(articles: readonly FixtureArticle[]): Archive {
  return buildArchive({ articles: articles.map(fixtureArticle), partners: fixturePartners, topics: fixtureTopics, glossary: [] });
}
