/**
 * The synthetic archive is valid content and reproducible: the real schema
 * and the real cross-file checks accept every generated article, and the
 * same seed always writes the same files.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/content-error.ts';
import { findContentProblems } from '../../../src/content/validate.ts';
import { articleFiles, projectRoot, readArticle } from '../../../scripts/shared/content-files.ts';
import { readCorpus } from '../../../scripts/bench/archive/corpus.ts';
import { writeSyntheticArchive } from '../../../scripts/bench/archive/generate.ts';

const corpus = readCorpus(projectRoot);
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function generate(count: number, seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'stameq-generate-test-'));
  folders.push(dir);
  const summary = writeSyntheticArchive(dir, corpus, count, seed);
  const files = articleFiles(join(dir, 'content', 'articles'));
  return { dir, summary, files };
}

describe('synthetic archive', () => {
  const { dir, summary, files } = generate(120, 7);
  const read = files.map(readArticle);

  it('writes the asked number of articles, with events, spread over the years', () => {
    expect(files).toHaveLength(120);
    expect(summary.events).toBeGreaterThan(120);
    const years = new Set(read.map((result) => result.article?.data.published.date.year));
    expect(years.size).toBeGreaterThanOrEqual(12);
  });

  it('passes the real schema and every cross-file check', () => {
    expect(read.flatMap((result) => result.problems.map(formatProblem))).toEqual([]);
    const problems = findContentProblems(
      read.map((result) => result.article!),
      {
        partners: new Set(corpus.partnerIds),
        topics: new Set(corpus.topicIds),
        captures: new Set(readdirSync(join(dir, 'content', 'sources'))),
      },
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('uses several date precisions and many topics and partners', () => {
    const precisions = new Set(read.map((result) => result.article!.data.published.date.precision));
    expect(precisions.size).toBeGreaterThanOrEqual(3);
    expect(new Set(read.flatMap((result) => result.article!.data.topics)).size).toBe(corpus.topicIds.length);
    expect(new Set(read.flatMap((result) => result.article!.data.partners)).size).toBeGreaterThan(corpus.partnerIds.length / 2);
  });

  it('is deterministic: the same seed gives the same files, another seed others', () => {
    const contents = (paths: string[]) => paths.map((path) => readFileSync(path, 'utf8'));
    expect(contents(generate(120, 7).files)).toEqual(contents(files));
    expect(contents(generate(120, 8).files)).not.toEqual(contents(files));
  });
});
