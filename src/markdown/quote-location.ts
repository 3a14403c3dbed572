/**
 * Where an event's quote stands in its article: the lead, or the one body
 * block (paragraph, heading, caption, list item) that holds it word for word.
 * The validator reports a quote this cannot place; the archive builder and the
 * event-anchor plugin place the timeline's anchor where it says.
 */
import { nearestPassage } from './nearest.ts';
import type { BodyModel } from './body-model.ts';

export type QuoteLocation = { in: 'lead' } | { in: 'body'; block: number };

const MARKUP = /\*\*|__|[*_`<>[\]]/;

/** The quote's place, or the message that explains to an editor why it has none. */
export function locateQuote(quote: string, lead: string | undefined, body: BodyModel): QuoteLocation | string {
  const places: QuoteLocation[] = [];
  if (lead?.includes(quote)) places.push({ in: 'lead' });
  body.blocks.forEach((block, index) => {
    if (block.text.includes(quote)) places.push({ in: 'body', block: index });
  });
  if (places.length === 1) return places[0]!;
  if (places.length > 1) return `có trong ${places.length} đoạn; hãy trích thêm vài chữ để chỉ đúng một đoạn`;
  const hint = MARKUP.test(quote) ? ' (chép đúng chữ như người đọc thấy, không có dấu Markdown hay thẻ HTML)' : '';
  const near = nearestPassage(quote, [...(lead ? [lead] : []), ...body.blocks.map((block) => block.text)]);
  const nearest = near
    ? `; đoạn gần nhất: “${near.marked}” (khác từ ký tự thứ ${near.at}: bài viết có “${near.found || 'hết đoạn'}”, trích dẫn ghi “${near.quoted}”)`
    : '';
  return `không có nguyên văn trong sapo hay trong đoạn, tiêu đề mục, chú thích ảnh hoặc mục danh sách nào của bài${hint}${nearest}`;
}
