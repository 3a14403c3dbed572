/**
 * Fidelity: every sentence of each source capture (content/sources/, page
 * furniture aside) appears word for word in its built article page, and the
 * capture's no-break spaces survive into the Markdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles, projectRoot, readArticle } from '../../scripts/shared/content-files.ts';
import { builtPages, visibleText } from '../helpers/dist.ts';
import { captureSentences } from '../../src/content/capture-text.ts';
import { paths } from '../../src/urls/paths.ts';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const articles = articleFiles().map((file) => readArticle(file).article!);

describe.each(articles.map((article) => [article.data.source.capture, article] as const))('capture %s', (capture, article) => {
  const captureText = readFileSync(join(projectRoot, 'content', 'sources', capture), 'utf8');
  const page = pages.get(paths.article(article.id));

  it('has a built article page', () => {
    expect(page, `no page at ${paths.article(article.id)}`).toBeDefined();
  });

  it('appears sentence by sentence in the page', () => {
    const pageText = visibleText(page!.$, 'main');
    const missing = captureSentences(captureText).filter((sentence) => !pageText.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('keeps its no-break spaces', () => {
    const count = (text: string) => [...text].filter((character) => character === '\u00a0').length;
    // In the article file as written (lead and body), not in its reader text, which trims block edges.
    expect(count(readFileSync(join(projectRoot, article.file), 'utf8'))).toBe(count(captureText));
  });
});
