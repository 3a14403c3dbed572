/** Small in-memory archives for unit tests of validation and index builders. */
import { articleSchema, partnerSchema, topicSchema, type PartnerData, type TopicData } from '../../src/lib/schema';
import type { ArticleInput } from '../../src/lib/validate';

export const partners: PartnerData[] = [
  { id: 'iso', acronym: 'ISO', nameVi: 'Tổ chức Tiêu chuẩn hóa quốc tế', nameEn: 'International Organization for Standardization', kind: 'international', country: 'CH' },
  { id: 'apo', acronym: 'APO', nameVi: 'Tổ chức Năng suất Châu Á', nameEn: 'Asian Productivity Organization', kind: 'regional', country: 'JP' },
  { id: 'inso', acronym: 'INSO', nameVi: 'Tổ chức Tiêu chuẩn Quốc gia Iran', nameEn: 'Iranian National Standards Organization', kind: 'national-standards-body', country: 'IR' },
].map((partner) => partnerSchema.parse(partner));

export const topics: TopicData[] = [
  { id: 'halal', label: 'Halal', description: 'Sản phẩm Halal.' },
  { id: 'do-luong', label: 'Đo lường', description: 'Đo lường.' },
  { id: 'bien-doi-khi-hau', label: 'Biến đổi khí hậu', description: 'Khí hậu.' },
].map((topic) => topicSchema.parse(topic));

export interface ArticleOptions {
  id: string;
  date: string;
  approximate?: boolean;
  topics?: string[];
  partners?: string[];
  events?: { id: string; date: string; end?: string; status?: 'planned' | 'happened'; partners?: string[]; quote: string }[];
  body?: string;
  lead?: string;
}

/** An article input as archive.ts would hand it to validate.ts and buildArchive. */
export function article(options: ArticleOptions): ArticleInput {
  const data = articleSchema.parse({
    title: `Bài ${options.id}`,
    lead: options.lead,
    published: { date: options.date, approximate: options.approximate ?? false },
    source: { name: 'Nguồn thử', capture: 'capture.txt' },
    topics: options.topics ?? ['halal'],
    partners: options.partners ?? [],
    events: (options.events ?? []).map((event) => ({ title: `Sự kiện ${event.id}`, partners: [], ...event })),
  });
  return { id: options.id, file: `content/articles/${options.id}.md`, data, body: options.body ?? 'Đoạn văn đầu tiên.\n\nĐoạn văn thứ hai.' };
}

export const known = {
  partners: new Set(partners.map((partner) => partner.id)),
  topics: new Set(topics.map((topic) => topic.id)),
  captures: new Set(['capture.txt']),
};
