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
import { paths } from '../../src/urls/paths.ts';

/** Web-page furniture the captures carry that is not article text. */
const FURNITURE = [/^author \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/, /^Thích và chia sẻ bài viết:$/, /^tin liên quan$/, /^video hot$/, /^Về đầu trang$/];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Sentences of a capture: split after . ! ? ; and where a full stop is glued to a capital (a caption the capture ran into the text). */
export function sourceSentences(capture: string): string[] {
  return capture
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !FURNITURE.some((pattern) => pattern.test(line)))
    .flatMap((line) => line.split(/(?<=[.!?;…])\s+|(?<=\.)(?=\p{Lu})/u))
    .map(collapse)
    .filter((sentence) => sentence.length > 0);
}

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
    const missing = sourceSentences(captureText).filter((sentence) => !pageText.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('keeps its no-break spaces', () => {
    const count = (text: string) => [...text].filter((character) => character === '\u00a0').length;
    // In the article file as written (lead and body), not in its reader text, which trims block edges.
    expect(count(readFileSync(join(projectRoot, article.file), 'utf8'))).toBe(count(captureText));
  });
});

describe('sourceSentences', () => {
  it('drops furniture and splits a caption glued to a sentence', () => {
    expect(sourceSentences('author 06:31 24/01/2023\nA b. C d\nsản phẩm Halal.Lễ ký X.\nvideo hot')).toEqual([
      'A b.',
      'C d',
      'sản phẩm Halal.',
      'Lễ ký X.',
    ]);
  });
});
