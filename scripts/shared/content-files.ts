/**
 * Reads content files the way the build does (YAML frontmatter + body; YAML
 * lists through parseYamlList) and runs the real schemas over them, turning
 * zod issues into the archive's "file → field: message" problems.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../../src/content/content-error.ts';
import { articleSchema, type ArticleData } from '../../src/content/schema.ts';
import type { ArticleInput } from '../../src/content/validate.ts';
import { parseBody } from '../../src/markdown/body-model.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    // An unknown key is reported on its parent; name the key itself.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path;
    return {
      file,
      field: path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('') || '(root)',
      message: issue.message,
    };
  });
}

export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: match[1]!, body: match[2]! };
}

/** Parses an article file with the real schema and body model; returns the input for validate.ts or the problems. */
export function readArticle(path: string): { article?: ArticleInput; problems: ContentProblem[] } {
  const file = relative(projectRoot, path);
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const result = articleSchema.safeParse(parse(frontmatter));
  if (!result.success) return { problems: zodProblems(file, result.error) };
  const id = path.split('/').at(-1)!.replace(/\.md$/, '');
  // Astro trims the body before rendering it; so does this, so offsets agree.
  return { article: { id, file, data: result.data as ArticleData, body: parseBody(body.trim()) }, problems: [] };
}

export function articleFiles(dir = join(projectRoot, 'content', 'articles')): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name));
}
