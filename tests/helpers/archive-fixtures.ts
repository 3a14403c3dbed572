/**
 * Small in-memory archives for unit tests of validation, index builders and
 * routes, built through the real schemas, the real body model and the real
 * buildArchive.
 */
import { buildArchive } from '../../src/archive/build-archive.ts';
import type { Archive } from '../../src/archive/model.ts';
import { articleSchema, partnerSchema, topicSchema, type PartnerData, type TopicData } from '../../src/content/schema.ts';
import type { ArticleInput } from '../../src/content/validate.ts';
import { parseBody, type BodyModel } from '../../src/markdown/body-model.ts';

export const partners: PartnerData[] = [
  { id: 'iso', acronym: 'ISO', nameVi: 'Tổ chức Tiêu chuẩn hóa quốc tế', nameEn: 'International Organization for Standardization', kind: 'international', country: 'CH' },
  { id: 'iec', acronym: 'IEC', nameVi: 'Ủy ban Kỹ thuật điện quốc tế', nameEn: 'International Electrotechnical Commission', kind: 'international', country: 'CH' },
  { id: 'apo', acronym: 'APO', nameVi: 'Tổ chức Năng suất Châu Á', nameEn: 'Asian Productivity Organization', kind: 'regional', country: 'JP' },
  { id: 'inso', acronym: 'INSO', nameVi: 'Tổ chức Tiêu chuẩn Quốc gia Iran', nameEn: 'Iranian National Standards Organization', kind: 'national-standards-body', country: 'IR' },
  { id: 'bsi', acronym: 'BSI', nameVi: 'Viện Tiêu chuẩn Anh', nameEn: 'British Standards Institution', kind: 'national-standards-body', country: 'GB' },
  { id: 'sa', acronym: 'SA', nameVi: 'Cơ quan tiêu chuẩn hóa Úc', nameEn: 'Standards Australia', kind: 'national-standards-body', country: 'AU' },
  { id: 'sii', acronym: 'SII', nameVi: 'Viện Tiêu chuẩn Israel', nameEn: 'The Standards Institution of Israel', kind: 'national-standards-body', country: 'IL' },
  { id: 'ptb', acronym: 'PTB', nameVi: 'Viện Đo lường Đức', nameEn: 'Physikalisch-Technische Bundesanstalt', kind: 'government', country: 'DE' },
].map((partner) => partnerSchema.parse(partner));

export const topics: TopicData[] = [
  { id: 'halal', label: 'Halal', description: 'Sản phẩm Halal.' },
  { id: 'xe-dien', label: 'Xe điện', description: 'Xe điện và pin.' },
  { id: 'do-luong', label: 'Đo lường', description: 'Đo lường.' },
  { id: 'chat-luong', label: 'Chất lượng', description: 'Chất lượng.' },
  { id: 'an-toan', label: 'An toàn', description: 'An toàn.' },
  { id: 'bien-doi-khi-hau', label: 'Biến đổi khí hậu', description: 'Khí hậu.' },
].map((topic) => topicSchema.parse(topic));

export const known = {
  partners: new Set(partners.map((partner) => partner.id)),
  topics: new Set(topics.map((topic) => topic.id)),
  captures: new Set(['capture.txt']),
};

export interface FixtureEvent {
  id: string;
  date: string;
  end?: string;
  status?: 'happened' | 'planned';
  partners?: string[];
  /** Words of the body (or lead) that report it; by default a body paragraph is written for it. */
  quote?: string;
}

export interface FixtureArticle {
  id: string;
  /** Publication date, written as in the frontmatter. */
  published: string;
  approximate?: boolean;
  topics?: string[];
  partners?: string[];
  events?: FixtureEvent[];
  /** Markdown body; by default an opening paragraph, then one paragraph per event without its own quote. */
  body?: string;
  lead?: string;
  draft?: boolean;
}

const quoteOf = (eventId: string) => `Sự kiện ${eventId} đã được ghi lại`;

function defaultBody(events: readonly FixtureEvent[]): string {
  const reported = events.filter((event) => event.quote === undefined).map((event) => `${quoteOf(event.id)} trong bài.`);
  return ['Đoạn văn đầu tiên.', 'Đoạn văn thứ hai.', ...reported].join('\n\n');
}

/** An article input as src/archive/load.ts hands it to the validator and buildArchive. */
export function article(fixture: FixtureArticle): ArticleInput & { body: BodyModel } {
  const events = fixture.events ?? [];
  const data = articleSchema.parse({
    ...(fixture.draft ? { draft: true } : {}),
    title: `Bài ${fixture.id}`,
    lead: fixture.lead,
    published: { date: fixture.published, approximate: fixture.approximate ?? false },
    source: { name: 'Nguồn thử', capture: 'capture.txt' },
    topics: fixture.topics ?? ['do-luong'],
    partners: fixture.partners ?? [],
    events: events.map(({ quote, ...event }) => ({ title: `Sự kiện ${event.id}`, partners: [], quote: quote ?? quoteOf(event.id), ...event })),
  });
  return { id: fixture.id, file: `content/articles/${fixture.id}.md`, data, body: parseBody(fixture.body ?? defaultBody(events)) };
}

export function fixtureArchive(articles: readonly FixtureArticle[]): Archive {
  return buildArchive({ articles: articles.map(article), partners, topics, glossary: [] });
}
