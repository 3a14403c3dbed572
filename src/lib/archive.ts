/**
 * The data module every page reads. Loads the collections ONCE per build,
 * validates cross-references, and builds every index as plain data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive } from './build-archive';
import { ContentError } from './content-error';
import type { Archive } from './model';
import { findContentProblems, type ArticleInput } from './validate';

// Resolved from the project root: this module is bundled before it runs.
const SOURCES_DIR = join(process.cwd(), 'content', 'sources');

async function loadArchive(): Promise<{ archive: Archive; entries: Map<string, CollectionEntry<'articles'>> }> {
  const [articleEntries, partners, topics, glossary] = await Promise.all([
    getCollection('articles'),
    getCollection('partners'),
    getCollection('topics'),
    getCollection('glossary'),
  ]);
  const articles: ArticleInput[] = articleEntries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/articles/${entry.id}.md`,
    data: entry.data,
    body: entry.body ?? '',
  }));
  const problems = findContentProblems(articles, {
    partners: new Set(partners.map((partner) => partner.id)),
    topics: new Set(topics.map((topic) => topic.id)),
    captures: new Set(readdirSync(SOURCES_DIR)),
  });
  // Astro's glob loader only LOGS a Markdown render error and stores the entry
  // without HTML, which would publish an empty article; stop the build instead.
  for (const entry of articleEntries) {
    if (!entry.rendered) {
      const file = entry.filePath ?? `content/articles/${entry.id}.md`;
      problems.push({ file, field: '(body)', message: 'could not be turned into HTML (see the Markdown error above)' });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const archive = buildArchive({
    articles,
    partners: partners.map((partner) => partner.data),
    topics: topics.map((topic) => topic.data),
    glossary: glossary.map((entry) => entry.data),
  });
  return { archive, entries: new Map(articleEntries.map((entry) => [entry.id, entry])) };
}

let loaded: ReturnType<typeof loadArchive> | undefined;

/** The whole archive, built once and shared by every page of the build. */
export async function getArchive(): Promise<Archive> {
  loaded ??= loadArchive();
  return (await loaded).archive;
}

/** The content entry behind an article, for astro:content's render(). */
export async function getArticleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  loaded ??= loadArchive();
  const entry = (await loaded).entries.get(id);
  if (!entry) throw new Error(`No article entry "${id}"`);
  return entry;
}
