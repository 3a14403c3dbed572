/** The archive as pages see it: plain typed data, resolved references. */
import type { DateSpec } from '../content/dates.ts';
import type { BodyModel } from '../markdown/body-model.ts';
import type { ArticleData, GlossaryData, PartnerData, TopicData } from '../content/schema.ts';
import type { QuoteLocation } from '../markdown/quote-location.ts';

export interface Partner extends PartnerData {
  /** Acronym when there is one, otherwise the Vietnamese name: what listings show. */
  shortName: string;
  path: string;
}

export interface Topic extends TopicData {
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
  /** Content entry id: the file name, a slug, and the last segment of the article's URL. */
  id: string;
  path: string;
  /** A draft: only `npm run dev` has it in the archive (build-archive.ts leaves drafts out of a build). */
  draft: boolean;
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
  /** The body's blocks as readers see them (summaries read its first paragraph). */
  body: BodyModel;
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
