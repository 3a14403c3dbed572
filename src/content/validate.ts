/**
 * Checks that need more than one file: references between articles, partners
 * and topics, event quotes against the body, provenance captures. Astro's
 * reference() did not fail on an unknown id, so every reference is checked
 * here and each dangling one is reported with its file and field.
 */
import type { ContentProblem } from './content-error.ts';
import type { ArticleData } from './schema.ts';
import { isSlug, slugify } from '../urls/slug.ts';
import type { BodyModel } from '../markdown/body-model.ts';
import { locateQuote } from '../markdown/quote-location.ts';
import { droppedSentenceMessage } from './capture-fidelity.ts';
import { nearestIds } from '../markdown/nearest.ts';

export interface ArticleInput {
  /** Entry id: the file name without .md. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: ArticleData;
  /** The body's model; undefined when Markdown could not render it (reported apart). */
  body: BodyModel | undefined;
}

export interface KnownIds {
  partners: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  /** File names present in content/sources/. */
  captures: ReadonlySet<string>;
  /** A capture's text, for the word-for-word check; without it that check is skipped. */
  captureText?: (name: string) => string;
}

const README_SECTION = { topic: 'Add a topic', partner: 'Add a partner' } as const;
const KIND_WORD = { topic: 'chủ đề', partner: 'đối tác' } as const;

function unknownIdMessage(id: string, kind: 'topic' | 'partner', pool: ReadonlySet<string>): string {
  const near = nearestIds(id, pool);
  const suggestion = near.length > 0 ? `; có phải ${near.map((candidate) => `"${candidate}"`).join(' hoặc ')}?` : '';
  return `không có ${KIND_WORD[kind]} "${id}" trong content/${kind}s.yaml${suggestion} (${KIND_WORD[kind]} mới: thêm vào content/${kind}s.yaml, xem README "${README_SECTION[kind]}")`;
}

export function findContentProblems(articles: readonly ArticleInput[], known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileBySlug = new Map<string, string>();

  for (const article of articles) {
    const report = (field: string, message: string) => problems.push({ file: article.file, field, message });
    const { data } = article;

    if (!isSlug(article.id)) report('(file name)', `"${article.id}" phải là chữ thường không dấu (ASCII) nối bằng gạch ngang, ví dụ "${slugify(article.id) || 'bai-moi'}"`);
    const slug = slugify(article.id);
    const clash = fileBySlug.get(slug);
    if (clash) report('(file name)', `có cùng đường dẫn "${slug}" với ${clash}`);
    fileBySlug.set(slug, article.file);

    const checkIds = (ids: readonly string[], field: string, pool: ReadonlySet<string>, kind: 'topic' | 'partner') =>
      ids.forEach((id, index) => {
        if (!pool.has(id)) report(`${field}[${index}]`, unknownIdMessage(id, kind, pool));
      });
    checkIds(data.topics, 'topics', known.topics, 'topic');
    checkIds(data.partners, 'partners', known.partners, 'partner');
    if (!known.captures.has(data.source.capture)) {
      report('source.capture', `"${data.source.capture}" không có trong content/sources/`);
    } else if (known.captureText && article.body) {
      const dropped = droppedSentenceMessage(known.captureText(data.source.capture), data, article.body);
      if (dropped) report('source.capture', dropped);
    }

    const seenEventIds = new Set<string>();
    data.events.forEach((event, index) => {
      const field = `events[${index}]`;
      if (seenEventIds.has(event.id)) report(`${field}.id`, `"${event.id}" đã được một sự kiện khác của bài dùng`);
      seenEventIds.add(event.id);
      checkIds(event.partners, `${field}.partners`, known.partners, 'partner');
      event.partners.forEach((id, partnerIndex) => {
        if (known.partners.has(id) && !data.partners.includes(id)) {
          report(`${field}.partners[${partnerIndex}]`, `"${id}" không có trong danh sách partners của bài`);
        }
      });
      // A body that could not be rendered has no blocks to look in; its render error is the problem to fix.
      const location = article.body && locateQuote(event.quote, data.lead, article.body);
      if (typeof location === 'string') report(`${field}.quote`, location);
    });
  }
  return problems;
}
