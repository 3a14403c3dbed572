/** Reading what importCapture returns, as the build would: the draft through the real schema and body model. */
import { parse } from 'yaml';
import { articleSchema, type ArticleData } from '../../../src/content/schema.ts';
import type { ImportResult, ProjectState } from '../../../src/import/import-capture.ts';
import { parseBody, type BodyModel } from '../../../src/markdown/body-model.ts';
import { projectState } from '../../../scripts/import/project-state.ts';
import { projectRoot, splitFrontmatter } from '../../../scripts/shared/content-files.ts';

export interface Draft {
  data: ArticleData;
  body: BodyModel;
  markdown: string;
  /** Title, lead and blocks, as the capture page and the build read an article. */
  text: string;
}

export function readDraft(result: ImportResult): Draft {
  const file = result.files.find((candidate) => candidate.path === `content/articles/${result.id}.md`);
  if (!file) throw new Error('no draft among the files');
  const markdown = new TextDecoder().decode(file.bytes);
  const { frontmatter, body } = splitFrontmatter(markdown);
  const data = articleSchema.parse(parse(frontmatter));
  const model = parseBody(body.trim());
  const text = [data.title, data.lead ?? '', ...model.blocks.map((block) => block.text)].join('\n').replace(/\s+/g, ' ');
  return { data, body: model, markdown, text };
}

const real = projectState(projectRoot);

/** The real project as if article `id` had never been written (and, optionally, without some sources). */
export function projectWithout(id?: string, overrides: Partial<ProjectState> = {}): ProjectState {
  return {
    ...real,
    articles: real.articles.filter((article) => article.id !== id),
    articleExists: (name) => name !== `${id}.md` && name !== id && real.articleExists(name),
    ...overrides,
  };
}

export const knownPartnerIds = new Set(real.partners.map((partner) => partner.id));
export const knownTopicIds = new Set(real.topics.map((topic) => topic.id));
export const realPartners = real.partners;
