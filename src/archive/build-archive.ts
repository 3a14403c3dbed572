/**
 * Builds the Archive from validated content. Pure: no Astro imports, so unit
 * tests feed it fixtures. Everything is sorted once here.
 */
import { compareDateSpecs, startInstant, type DateSpec } from '../content/dates.ts';
import type { GlossaryData, PartnerData, TopicData } from '../content/schema.ts';
import type { ArticleInput } from '../content/validate.ts';
import { bodyText, type BodyModel } from '../markdown/body-model.ts';
import { locateQuote } from '../markdown/quote-location.ts';
import { readingMinutes } from '../markdown/reading-time.ts';
import { eventAnchor, paths } from '../urls/paths.ts';
import { vietnameseCollator } from './collation.ts';
import type { Archive, ArchiveEvent, Article, Partner, Topic } from './model.ts';

/** An article that passed findContentProblems, so its body was rendered and modelled. */
export type ValidArticleInput = ArticleInput & { body: BodyModel };

export interface ArchiveInput {
  articles: readonly ValidArticleInput[];
  partners: readonly PartnerData[];
  topics: readonly TopicData[];
  glossary: readonly GlossaryData[];
  /**
   * Keep drafts (`npm run dev`). A build leaves them out HERE, the one place,
   * so no page, listing, feed, sitemap entry, search period, download or
   * citation can publish one.
   */
  includeDrafts?: boolean;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function lookup<T>(table: Map<string, T>, id: string): T {
  const found = table.get(id);
  // findContentProblems has already rejected unknown ids; this guards misuse.
  if (!found) throw new Error(`unknown reference "${id}" (run findContentProblems first)`);
  return found;
}

/** Newest first; equal dates fall back to the id so the order never flickers. */
export function compareNewestFirst(a: { published: DateSpec; id: string }, b: { published: DateSpec; id: string }): number {
  return startInstant(b.published.start) - startInstant(a.published.start) || a.id.localeCompare(b.id);
}

export function buildArchive(input: ArchiveInput): Archive {
  const partners: Partner[] = input.partners
    .map((partner) => ({
      ...partner,
      shortName: partner.acronym ?? partner.nameVi,
      path: paths.partner(partner.id),
    }))
    .sort((a, b) => vietnameseCollator.compare(a.shortName, b.shortName));
  const topics: Topic[] = input.topics
    .map((topic) => ({ ...topic, path: paths.topic(topic.id) }))
    .sort((a, b) => vietnameseCollator.compare(a.label, b.label));
  const partnerById = byId(partners);
  const topicById = byId(topics);

  const included = input.includeDrafts ? input.articles : input.articles.filter((article) => !article.data.draft);
  const articles: Article[] = included.map(({ id, data, body }) => {
    const path = paths.article(id);
    const published: DateSpec = { start: data.published.date, end: data.published.end, approximate: data.published.approximate };
    const events: ArchiveEvent[] = data.events.map((event) => {
      const location = locateQuote(event.quote, data.lead, body);
      if (typeof location === 'string') throw new Error(`${id}: event ${event.id} quote ${location}`);
      const anchor = eventAnchor(event.id);
      return {
        key: `${id}/${event.id}`,
        id: event.id,
        title: event.title,
        date: { start: event.date, end: event.end, approximate: event.approximate },
        status: event.status,
        partners: event.partners.map((partnerId) => lookup(partnerById, partnerId)),
        quote: event.quote,
        anchor,
        location,
        path: `${path}#${anchor}`,
        articleId: id,
        articleTitle: data.title,
      };
    });
    return {
      id,
      path,
      draft: data.draft,
      title: data.title,
      titleEditorial: data.titleEditorial,
      lead: data.lead,
      published,
      year: published.start.year,
      source: data.source,
      author: data.author,
      topics: data.topics.map((topicId) => lookup(topicById, topicId)),
      partners: data.partners.map((partnerId) => lookup(partnerById, partnerId)),
      events,
      notes: data.notes,
      readingMinutes: readingMinutes(`${data.lead ?? ''}\n${bodyText(body)}`),
      body,
    };
  });
  articles.sort(compareNewestFirst);

  const timeline = articles
    .flatMap((article) => article.events)
    .sort((a, b) => compareDateSpecs(a.date, b.date) || a.key.localeCompare(b.key));
  const glossary = [...input.glossary].sort((a, b) => vietnameseCollator.compare(a.term, b.term));

  return { articles, partners, topics, glossary, timeline };
}
