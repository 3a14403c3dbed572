/** The real content passes the real schema and every cross-file check. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { glossarySchema, partnerSchema, topicSchema } from '../../src/content/schema.ts';
import { findContentProblems } from '../../src/content/validate.ts';
import { formatProblem } from '../../src/content/content-error.ts';
import { articleFiles, projectRoot, readArticle } from '../../scripts/shared/content-files.ts';

const yamlRecords = (name: string, idKey = 'id', compareAs: 'slug' | 'exact' = 'slug') =>
  parseYamlList(readFileSync(join(projectRoot, 'content', name), 'utf8'), `content/${name}`, idKey, compareAs);

describe('content/ as committed', () => {
  const partners = yamlRecords('partners.yaml');
  const topics = yamlRecords('topics.yaml');
  const glossary = yamlRecords('glossary.yaml', 'term', 'exact');
  const read = articleFiles().map(readArticle);

  it.each([
    ['partners.yaml', partners, partnerSchema],
    ['topics.yaml', topics, topicSchema],
    ['glossary.yaml', glossary, glossarySchema],
  ] as const)('%s passes its schema', (_name, records, schema) => {
    const failures = records.flatMap((record) => {
      const result = schema.safeParse(record.data);
      return result.success ? [] : [`${record.id}: ${result.error.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('has the three articles, each passing the schema', () => {
    expect(read).toHaveLength(3);
    expect(read.flatMap((result) => result.problems.map(formatProblem))).toEqual([]);
  });

  it('passes every cross-file check (references, quotes, captures)', () => {
    const problems = findContentProblems(
      read.map((result) => result.article!),
      {
        partners: new Set(partners.map((partner) => partner.id)),
        topics: new Set(topics.map((topic) => topic.id)),
        captures: new Set(readdirSync(join(projectRoot, 'content', 'sources'))),
      },
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reports the expected number of dated events (about 25–30)', () => {
    const count = read.reduce((sum, result) => sum + result.article!.data.events.length, 0);
    expect(count).toBeGreaterThanOrEqual(22);
    expect(count).toBeLessThanOrEqual(40);
  });
});
