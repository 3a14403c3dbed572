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
}

export function findContentProblems(articles: readonly ArticleInput[], known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileBySlug = new Map<string, string>();

  for (const article of articles) {
    const report = (field: string, message: string) => problems.push({ file: article.file, field, message });
    const { data } = article;

    if (!isSlug(article.id)) report('(file name)', `"${article.id}" must be lower-case ASCII words joined by hyphens`);
    const slug = slugify(article.id);
    const clash = fileBySlug.get(slug);
    if (clash) report('(file name)', `has the same URL slug "${slug}" as ${clash}`);
    fileBySlug.set(slug, article.file);

    const checkIds = (ids: readonly string[], field: string, pool: ReadonlySet<string>, kind: 'topic' | 'partner') =>
      ids.forEach((id, index) => {
        if (!pool.has(id)) report(`${field}[${index}]`, `unknown ${kind} "${id}" (not an id in content/${kind}s.yaml)`);
      });
    checkIds(data.topics, 'topics', known.topics, 'topic');
    checkIds(data.partners, 'partners', known.partners, 'partner');
    if (!known.captures.has(data.source.capture)) {
      report('source.capture', `"${data.source.capture}" is not a file in content/sources/`);
    }

    const seenEventIds = new Set<string>();
    data.events.forEach((event, index) => {
      const field = `events[${index}]`;
      if (seenEventIds.has(event.id)) report(`${field}.id`, `"${event.id}" is used by another event of this article`);
      seenEventIds.add(event.id);
      checkIds(event.partners, `${field}.partners`, known.partners, 'partner');
      event.partners.forEach((id, partnerIndex) => {
        if (known.partners.has(id) && !data.partners.includes(id)) {
          report(`${field}.partners[${partnerIndex}]`, `"${id}" is not in the article's partners list`);
        }
      });
      // A body that could not be rendered has no blocks to look in; its render error is the problem to fix.
      const location = article.body && locateQuote(event.quote, data.lead, article.body);
      if (typeof location === 'string') report(`${field}.quote`, location);
    });
  }
  return problems;
}
