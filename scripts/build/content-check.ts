/**
 * Every content problem of every file in one run. Astro stops at the first
 * entry its schema rejects (a wrong date hid the unknown partner and the
 * quote of the same file) and Vite stops on a missing picture without
 * naming the article; when the build fails, run-build.ts asks this check
 * for the rest. It reads content/ as the build does (the real schemas,
 * body model and validator) and, for an entry the schema rejects, checks
 * the other fields with the rejected ones set aside.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { formatProblem, type ContentProblem } from '../../src/content/content-error.ts';
import { articleSchema, partnerSchema, topicSchema } from '../../src/content/schema.ts';
import { findContentProblems, type ArticleInput } from '../../src/content/validate.ts';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { parseBody } from '../../src/markdown/body-model.ts';
import { localImages } from '../../src/markdown/images.ts';
import { articleFiles, splitFrontmatter, zodProblems } from '../shared/content-files.ts';

type Raw = Record<string, unknown>;

/** The frontmatter with each rejected field set aside: an optional one removed, a date replaced by a valid one. */
function setAside(raw: Raw, paths: readonly (readonly PropertyKey[])[]): Raw {
  const copy = structuredClone(raw);
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Raw | undefined)?.[key as string], copy) as Raw | undefined;
    const key = path.at(-1) as string;
    if (!parent || typeof parent !== 'object') continue;
    if (key === 'date') {
      parent.date = '2000';
      delete parent.end;
    } else delete parent[key];
  }
  return copy;
}

function idsOf(root: string, file: string, schema: typeof partnerSchema | typeof topicSchema): Set<string> | undefined {
  try {
    return new Set(parseYamlList(readFileSync(join(root, file), 'utf8'), file).flatMap(({ data }) => (schema.safeParse(data).success ? [(data as { id: string }).id] : [])));
  } catch {
    // Astro reports the list's own problem.
    return undefined;
  }
}

export function checkContentFiles(root: string): string[] {
  const problems: ContentProblem[] = [];
  const partners = idsOf(root, 'content/partners.yaml', partnerSchema);
  const topics = idsOf(root, 'content/topics.yaml', topicSchema);
  const articles: ArticleInput[] = [];
  const rejected = new Map<string, string[]>();
  for (const path of articleFiles(join(root, 'content', 'articles'))) {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    let raw: Raw;
    let body: string;
    try {
      const parts = splitFrontmatter(text);
      raw = parse(parts.frontmatter) as Raw;
      body = parts.body.trim();
    } catch {
      continue; // A YAML syntax error: Astro names its line.
    }
    for (const url of localImages(body)) {
      const target = resolve(dirname(path), decodeURI(url));
      if (!existsSync(target)) problems.push({ file, field: '(image)', message: `không có tệp ảnh “${url}” (${relative(root, target)}); chép ảnh vào đó hoặc bỏ dòng ảnh khỏi bài` });
    }
    let parsed = articleSchema.safeParse(raw);
    if (!parsed.success) {
      const schemaProblems = zodProblems(file, parsed.error);
      problems.push(...schemaProblems);
      rejected.set(file, schemaProblems.map((problem) => problem.field));
      parsed = articleSchema.safeParse(setAside(raw, parsed.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path))));
      if (!parsed.success) continue;
    }
    articles.push({ id: path.split('/').at(-1)!.replace(/\.md$/, ''), file, data: parsed.data, body: parseBody(body) });
  }
  if (partners && topics) {
    const sources = join(root, 'content', 'sources');
    const cross = findContentProblems(articles, { partners, topics, captures: new Set(readdirSync(sources)), captureText: (name) => readFileSync(join(sources, name), 'utf8') });
    // A field the schema rejected is reported once, by the schema.
    problems.push(...cross.filter((problem) => !rejected.get(problem.file)?.some((field) => problem.field.startsWith(field))));
  }
  return problems.map(formatProblem);
}
