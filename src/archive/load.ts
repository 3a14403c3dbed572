/**
 * The archive's loader: the only module that imports astro:content. It
 * loads the collections ONCE per build, checks every cross-reference, and
 * hands the validated content to buildArchive. Pages read the routes built
 * from it (src/routing/site-routes.ts); the article page renders its body
 * through renderArticle().
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { captureNames, readCapture } from '../content/captures.ts';
import { ContentError } from '../content/content-error.ts';
import { readGlossary } from '../content/glossary.ts';
import { findContentProblems, type ArticleInput } from '../content/validate.ts';
import type { BodyModel } from '../markdown/body-model.ts';
import { BODY_MODEL_KEY } from '../markdown/remark-body-model.ts';
import { buildArchive, type ValidArticleInput } from './build-archive.ts';
import type { Archive } from './model.ts';

/** The model remarkBodyModel left with the rendered entry; undefined when Markdown failed to render. */
function bodyModelOf(entry: CollectionEntry<'articles'>): BodyModel | undefined {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  return frontmatter?.[BODY_MODEL_KEY] as BodyModel | undefined;
}

async function loadArchive(): Promise<{ archive: Archive; entries: Map<string, CollectionEntry<'articles'>> }> {
  const [articleEntries, partners, topics] = await Promise.all([getCollection('articles'), getCollection('partners'), getCollection('topics')]);
  const articles: ArticleInput[] = articleEntries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/articles/${entry.id}.md`,
    data: entry.data,
    body: bodyModelOf(entry),
  }));
  const problems = findContentProblems(articles, {
    partners: new Set(partners.map((partner) => partner.id)),
    topics: new Set(topics.map((topic) => topic.id)),
    captures: captureNames(),
    captureText: readCapture,
  });
  // Astro's glob loader only LOGS a Markdown render error and stores the entry
  // without HTML, which would publish an empty article; stop the build instead.
  for (const article of articles) {
    if (!article.body) problems.push({ file: article.file, field: '(body)', message: 'không chuyển được thành HTML (xem lỗi Markdown ở trên)' });
  }
  if (problems.length > 0) throw new ContentError(problems);
  const archive = buildArchive({
    articles: articles as ValidArticleInput[],
    partners: partners.map((partner) => partner.data),
    topics: topics.map((topic) => topic.data),
    glossary: readGlossary(),
    // Drafts are validated above like every entry, but only the dev server shows them.
    includeDrafts: import.meta.env.DEV,
  });
  return { archive, entries: new Map(articleEntries.map((entry) => [entry.id, entry])) };
}

let loaded: ReturnType<typeof loadArchive> | undefined;

/** The whole archive, built once and shared by every page of the build. */
export async function getArchive(): Promise<Archive> {
  loaded ??= loadArchive();
  return (await loaded).archive;
}

/** An article's rendered body (astro:content's render()), for the article page. */
export async function renderArticle(id: string): ReturnType<typeof render> {
  loaded ??= loadArchive();
  const entry = (await loaded).entries.get(id);
  if (!entry) throw new Error(`No article entry "${id}"`);
  return render(entry);
}
