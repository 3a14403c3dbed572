/**
 * An article beside the capture it was made from: the capture's lines as
 * they are, which of them the archive removed as web-page furniture, what
 * the archive added, and how many of the capture's sentences the article
 * keeps word for word. The fidelity test (tests/site/fidelity.test.ts)
 * holds the built pages to the same sentences.
 */
import type { Article } from '../../archive/model.ts';
import { captureWording } from '../../reference/wording.ts';
import { captureLines, captureSentences, collapseSpace, isFurniture } from '../../content/capture-text.ts';

export interface CaptureLine {
  /** 1-based, as an editor's text editor counts. */
  number: number;
  text: string;
  /** Furniture: in the capture, not in the article. */
  removed: boolean;
}

export interface CaptureView {
  lines: CaptureLine[];
  /** Sentences of the capture (furniture aside) and how many the article holds word for word. */
  fidelity: { kept: number; total: number; missing: string[] };
  /** What the archive added around the source's words, in Vietnamese. */
  additions: string[];
}

/** The article's own words as a reader finds them on its page. */
function articleText(article: Article): string {
  return collapseSpace([article.title, article.lead ?? '', ...article.body.blocks.map((block) => block.text)].join('\n'));
}

function additions(article: Article): string[] {
  const added: string[] = [];
  if (article.titleEditorial) added.push(captureWording.addedTitle(article.title));
  for (const block of article.body.blocks) {
    if (block.kind === 'heading') added.push(captureWording.addedHeadingMark(block.text));
    if (block.kind === 'caption') added.push(captureWording.addedCaptionMark(block.text));
  }
  for (const note of article.notes) added.push(captureWording.addedNote(note.text));
  added.push(captureWording.addedData);
  return added;
}

export function captureView(capture: string, article: Article): CaptureView {
  const text = articleText(article);
  const listed = article.source.furniture;
  const sentences = captureSentences(capture, listed);
  const missing = sentences.filter((sentence) => !text.includes(sentence));
  return {
    lines: captureLines(capture).map((line, index) => ({ number: index + 1, text: line, removed: isFurniture(line, listed) })),
    fidelity: { kept: sentences.length - missing.length, total: sentences.length, missing },
    additions: additions(article),
  };
}
