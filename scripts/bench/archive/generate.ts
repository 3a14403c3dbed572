/**
 * Fills a project copy's content/ with a synthetic archive of N articles,
 * deterministically: the same seed and size always give the same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { seededRandom } from './random.ts';
import { CAPTURE_FILE, CAPTURE_TEXT, syntheticArticle } from './synthetic-article.ts';

export function writeSyntheticArchive(projectDir: string, corpus: Corpus, count: number, seed: number): { events: number } {
  const articlesDir = join(projectDir, 'content', 'articles');
  rmSync(articlesDir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(join(projectDir, 'content', 'sources'), { recursive: true });
  writeFileSync(join(projectDir, 'content', 'sources', CAPTURE_FILE), `${CAPTURE_TEXT}\n`);
  const random = seededRandom(seed);
  let events = 0;
  for (let serial = 1; serial <= count; serial++) {
    const article = syntheticArticle(random, corpus, serial);
    writeFileSync(join(articlesDir, `${article.id}.md`), article.file);
    events += article.events;
  }
  return { events };
}
