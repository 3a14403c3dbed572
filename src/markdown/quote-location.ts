/**
 * Where an event's quote stands in its article: the lead, or the one body
 * block (paragraph, heading, caption, list item) that holds it word for word.
 * The validator reports a quote this cannot place; the archive builder and the
 * event-anchor plugin place the timeline's anchor where it says.
 */
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
  if (places.length > 1) return `appears in ${places.length} paragraphs; quote more words so it points to one`;
  const hint = MARKUP.test(quote) ? ' (quote the words as a reader sees them, without Markdown or HTML marks)' : '';
  return `is not found word for word in the lead or in any paragraph, heading, caption or list item of the body${hint}`;
}
