/**
 * A plain-text capture (one paragraph a line, as the three in
 * content/sources/ are): the title line, the lead after it, section headings
 * (lines without a closing full stop), a closing signature and "Nguồn:"
 * line, and the furniture lines around them.
 */
import type { Root, RootContent } from 'mdast';
import { isFurnitureLine, DATE_LINE } from './furniture.ts';
import { classedParagraph, readSignature, SOURCE_LINE, type Extracted } from './extracted.ts';

const ENDS_SENTENCE = /[.!?;…:"”)]$/u;
const words = (line: string) => line.split(/\s+/).length;
const isHeadingLike = (line: string) => !ENDS_SENTENCE.test(line) && words(line) <= 40 && /^\p{Lu}|^\d/u.test(line);

export function readTextCapture(text: string): Extracted {
  const furniture: string[] = [];
  const meta: Extracted['meta'] = {};
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (isFurnitureLine(line)) {
      furniture.push(line);
      if (DATE_LINE.test(line)) meta.dateLine ??= line;
    } else lines.push(line);
  }

  let title: string | undefined;
  let lead: string | undefined;
  if (lines.length > 1 && isHeadingLike(lines[0]!)) {
    title = lines.shift();
    if (lines.length > 1 && ENDS_SENTENCE.test(lines[0]!)) lead = lines.shift();
  }

  const children: RootContent[] = lines.map((line, index) => {
    const last = index === lines.length - 1;
    const source = SOURCE_LINE.exec(line);
    if (source && index >= lines.length - 2) {
      meta.sourceLine = source[1]!.trim();
      return classedParagraph('source-line', line);
    }
    const signature = index >= lines.length - 2 ? readSignature(line) : undefined;
    if (signature) {
      meta.signature = signature;
      return classedParagraph('signature', line);
    }
    if (!last && isHeadingLike(line)) return { type: 'heading', depth: 2, children: [{ type: 'text', value: line }] };
    return { type: 'paragraph', children: [{ type: 'text', value: line }] };
  });
  const body: Root = { type: 'root', children };
  return { title, lead, body, furniture, captureText: text, meta, images: [], unreadableImages: [] };
}
