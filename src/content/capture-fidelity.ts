/**
 * The build's word-for-word check: every sentence of an article's capture
 * (outside furniture, the known kinds and the lines the article lists in
 * source.furniture) must stand in the article — title, lead or body — as the
 * capture page counts it. One problem per article, naming the capture line
 * and the first sentence dropped.
 */
import { collapseSpace, numberedSentences } from './capture-text.ts';
import type { ArticleData } from './schema.ts';
import type { BodyModel } from '../markdown/body-model.ts';

export function droppedSentenceMessage(capture: string, data: ArticleData, body: BodyModel): string | undefined {
  const text = collapseSpace([data.title, data.lead ?? '', ...body.blocks.map((block) => block.text)].join('\n'));
  const dropped = numberedSentences(capture, data.source.furniture).filter((sentence) => !text.includes(sentence.text));
  if (dropped.length === 0) return undefined;
  const [first, ...rest] = dropped;
  const others = rest.length > 0 ? ` (và ${rest.length} câu khác, dòng ${[...new Set(rest.map((sentence) => sentence.line))].join(', ')})` : '';
  return `câu ở dòng ${first!.line} của bản lưu “${data.source.capture}” không có nguyên văn trong bài: “${first!.text}”${others}; chép lại câu đó vào bài, hoặc ghi dòng đó vào source.furniture nếu nó là phần trang web`;
}
