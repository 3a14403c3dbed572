/** The archive as pages see it: plain typed data, resolved references. */
import type { DateSpec } from './dates';
import type { ArticleData, GlossaryData, PartnerData, TopicData } from './schema';
import type { QuoteLocation } from './text-blocks';

export interface Partner extends PartnerData {
  /** Acronym when there is one, otherwise the Vietnamese name: what listings show. */
  shortName: string;
  slug: string;
  path: string;
}

export interface Topic extends TopicData {
  slug: string;
  path: string;
}

export type GlossaryEntry = GlossaryData;

export interface ArchiveEvent {
  /** Unique across the archive: "<article id>/<event id>". */
  key: string;
  id: string;
  title: string;
  date: DateSpec;
  status: 'happened' | 'planned';
  partners: Partner[];
  quote: string;
  /** Id of the anchor placed at the reporting paragraph. */
  anchor: string;
  /** Where the quote stands: the lead or a body block. */
  location: QuoteLocation;
  /** Article path + #anchor. */
  path: string;
  articleId: string;
  articleTitle: string;
}

export interface Article {
  /** Content entry id (the file name), used to render the body. */
  id: string;
  slug: string;
  path: string;
  title: string;
  titleEditorial: boolean;
  lead?: string;
  published: DateSpec;
  /** Best-known publication year (the start of an uncertain range). */
  year: number;
  source: ArticleData['source'];
  author?: ArticleData['author'];
  topics: Topic[];
  partners: Partner[];
  events: ArchiveEvent[];
  notes: ArticleData['notes'];
  readingMinutes: number;
  /** Raw Markdown body (for word counts and search text). */
  body: string;
}

export interface YearGroup<T> {
  year: number;
  items: T[];
}

export interface Archive {
  /** Newest first. */
  articles: Article[];
  /** Sorted with Vietnamese collation by acronym. */
  partners: Partner[];
  /** Sorted with Vietnamese collation by label. */
  topics: Topic[];
  glossary: GlossaryEntry[];
  /** Every event, oldest first. */
  timeline: ArchiveEvent[];
}
