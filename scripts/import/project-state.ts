/**
 * What the importer must know of a project (its partners, topics, glossary,
 * articles and sources), read from the project's content/ folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGlossary } from '../../src/content/glossary.ts';
import { partnerSchema, topicSchema } from '../../src/content/schema.ts';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import type { ProjectState } from '../../src/import/import-capture.ts';
import { articleFiles, readArticle } from '../shared/content-files.ts';

export function projectState(root: string): ProjectState {
  const list = <T>(file: string, parse: (data: unknown) => T) => parseYamlList(readFileSync(join(root, file), 'utf8'), file).map(({ data }) => parse(data));
  const articles = articleFiles(join(root, 'content', 'articles')).flatMap((path) => {
    const { article } = readArticle(path);
    return article ? [{ id: article.id, text: [article.data.title, article.data.lead ?? '', ...(article.body?.blocks ?? []).map((block) => block.text)].join('\n').replace(/\s+/g, ' ') }] : [];
  });
  const readIfFile = (path: string) => (existsSync(path) && statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : undefined);
  return {
    partners: list('content/partners.yaml', (data) => partnerSchema.parse(data)),
    topics: list('content/topics.yaml', (data) => topicSchema.parse(data)),
    glossary: readGlossary(root),
    articles,
    sourceFile: (name: string) => readIfFile(join(root, 'content', 'sources', name)),
    articleExists: (name: string) => existsSync(join(root, 'content', 'articles', name)),
  };
}

