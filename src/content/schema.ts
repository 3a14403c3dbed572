/**
 * Zod schemas for everything under content/. Kept free of Astro runtime
 * imports (only astro/zod) so unit tests run the real schemas over fixtures.
 * One documented field per line.
 */
import { z } from 'astro/zod';
import { isOrderedSpan, parseVietnameseDate } from './dates.ts';
import { foldedWords } from '../search/core/best-bets.ts';
import { isSlug } from '../urls/slug.ts';

const text = z.string().trim().min(1);

/** A Vietnamese-style date string ("24/01/2023 06:31", "20/12/2023", "12/2023", "2022"), parsed with its precision. */
export const vietnameseDate = z
  .union([z.string(), z.number().int()], {
    error: 'ngày phải viết trong dấu ngoặc kép, dạng "d/m/yyyy" (YAML đọc 2023-01-24 không có ngoặc kép thành kiểu khác)',
  })
  .transform((value, context) => {
    try {
      return parseVietnameseDate(String(value));
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

/** An address with a path: a home page is not an article's address, and a reader must not be told it is. */
const articleAddress = z.url().refine((value) => !URL.canParse(value) || new URL(value).pathname.replace(/\/+$/, '') !== '', {
  message: 'là địa chỉ trang chủ, không phải địa chỉ bài viết: ghi vào source.site',
});

/** A site's home page: an address with no path of its own. */
const siteAddress = z.url().refine((value) => !URL.canParse(value) || new URL(value).pathname.replace(/\/+$/, '') === '', {
  message: 'phải là địa chỉ trang chủ (không có đường dẫn); địa chỉ bài viết ghi vào source.url',
});

const idField = text.refine(isSlug, { message: 'phải là chữ thường không dấu (ASCII) nối bằng gạch ngang, ví dụ "dai-hoi-iso-2022"' });

/** Start, optional end and approximation — shared by publication dates and events. */
const datedFields = {
  /** First (or only) day, month or year. */
  date: vietnameseDate,
  /** Last day of a span, or end of an uncertain range. */
  end: vietnameseDate.optional(),
  /** True when the source does not state the date and it is inferred. */
  approximate: z.boolean().default(false),
};

function checkSpanOrder(value: { date: ReturnType<typeof parseVietnameseDate>; end?: ReturnType<typeof parseVietnameseDate> }, context: z.RefinementCtx) {
  if (value.end && !isOrderedSpan(value.date, value.end)) {
    context.addIssue({ code: 'custom', path: ['end'], message: 'ngày kết thúc đứng trước ngày bắt đầu' });
  }
}

export const eventSchema = z
  .object({
    /** Stable id, unique within the article; becomes the #fragment of the paragraph. */
    id: idField,
    /** Short Vietnamese title (editorial). */
    title: text,
    ...datedFields,
    /** "planned" when announced but not yet held at publication. */
    status: z.enum(['happened', 'planned']).default('happened'),
    /** Partner ids (content/partners.yaml) involved in the event. */
    partners: z.array(text).default([]),
    /** Exact words from one paragraph of the lead or body that report the event. */
    quote: text,
  })
  .strict()
  .superRefine(checkSpanOrder);

export const articleSchema = z
  .object({
    /** True while the entry is a draft (as `npm run import` writes it): validated by the build, never published; `npm run dev` shows it. */
    draft: z.boolean().default(false),
    /** Headline as published, or reconstructed by the editors (see titleEditorial). */
    title: text,
    /** True when the title is an editorial reconstruction, not the source's. */
    titleEditorial: z.boolean().default(false),
    /** The lead (sapo) exactly as published, when the source has one. */
    lead: text.optional(),
    /** When the article was published, with its precision. */
    published: z.object(datedFields).strict().superRefine(checkSpanOrder),
    /** Where the article was published. */
    source: z
      .object({
        /** Publication name as the source gives it; left out when the source names none (never a placeholder). */
        name: text.optional(),
        /** The article's own address (the page it was published at), when known; a site's home page goes in `site`. */
        url: articleAddress.optional(),
        /** Home page of the site that published the article, when only the site is known. */
        site: siteAddress.optional(),
        /** When the capture was taken, with its precision, when known. */
        capturedAt: vietnameseDate.optional(),
        /** File in content/sources/ that the article was made from. */
        capture: text,
        /** Lines of the capture that are the site's furniture (menus, share links, ...), not article text: left out of the article on purpose. */
        furniture: z.array(text).default([]),
      })
      .strict(),
    /** Signed author, when the source names one. */
    author: z.object({ name: text, role: text.optional() }).strict().optional(),
    /** Topic ids from content/topics.yaml. */
    topics: z.array(text).min(1),
    /** Partner ids from content/partners.yaml. */
    partners: z.array(text).default([]),
    /** Dated events the article reports. */
    events: z.array(eventSchema).default([]),
    /** Notes added by the editors (clearly marked as editorial on the page). */
    notes: z
      .array(
        z
          .object({
            /** What the note is about. */
            kind: z.enum(['reconstructed-title', 'original-wording', 'dating', 'general']),
            /** The note, in Vietnamese. */
            text,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const partnerKinds = [
  'international',
  'regional',
  'national-standards-body',
  'government',
  'development-agency',
  'company',
  'association',
] as const;

/**
 * What gives a remark away in a name field: a clause after a semicolon, or words an
 * editor uses to say a name is missing. A reader would see it as the name itself.
 */
const NOTE_IN_NAME = /;|\b(?:not given|not known|unknown|full name|tbd|n\/a)\b|\?|chưa rõ|không rõ|không nêu/i;

export const partnerSchema = z
  .object({
    /** Reference key used by articles and in the URL /doi-tac/<id>/. */
    id: idField,
    /** Acronym as the texts write it, when the organisation has one. */
    acronym: text.optional(),
    /** Vietnamese name. */
    nameVi: text,
    /** English name, only when it is known; a name never carries a remark (that goes in `note`). */
    nameEn: text.refine((name) => !NOTE_IN_NAME.test(name), {
      message: 'chỉ ghi tên tiếng Anh; lời giải thích của biên tập viên (ví dụ "full name not given") ghi vào trường note, và bỏ trống nameEn khi chưa rõ tên',
    }).optional(),
    /** An editor's remark on the partner (in Vietnamese), shown apart from its names. */
    note: text.optional(),
    /** What kind of organisation it is. */
    kind: z.enum(partnerKinds),
    /** ISO 3166-1 alpha-2 code of its country or headquarters. */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "VN"'),
    /** Official website, when known. */
    url: z.url().optional(),
  })
  .strict();

export const topicSchema = z
  .object({
    /** Reference key used by articles and in the URL /chu-de/<id>/. */
    id: idField,
    /** Vietnamese label. */
    label: text,
    /** One Vietnamese sentence on what the topic covers. */
    description: text,
  })
  .strict();

export const glossarySchema = z
  .object({
    /** The abbreviation exactly as the texts write it. */
    term: text,
    /** Its Vietnamese expansion. */
    expansion: text,
    /** English expansion, when useful. */
    english: text.optional(),
    /** Clean equivalents search treats as the same (src/search/core/synonyms.ts): other acronyms, the full name. */
    aliases: z.array(text).min(1, 'bỏ trường aliases khi không có tên tương đương, hoặc ghi ít nhất một tên').optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    const seen = new Set([foldedWords(entry.term).join(' ')]);
    entry.aliases?.forEach((alias, index) => {
      const key = foldedWords(alias).join(' ');
      const problem = key === '' ? 'không có chữ hay số nào' : seen.has(key) ? 'trùng với term hoặc một alias khác (so không dấu)' : undefined;
      if (problem) context.addIssue({ code: 'custom', path: ['aliases', index], message: `"${alias}" ${problem}` });
      seen.add(key);
    });
  });

export type ArticleData = z.infer<typeof articleSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type PartnerData = z.infer<typeof partnerSchema>;
export type TopicData = z.infer<typeof topicSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
