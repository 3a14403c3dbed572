/**
 * Plain text of an article's blocks (paragraphs, headings, captions), as a
 * reader sees them. Used to check that event quotes exist and to compare
 * the archive with its source captures.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits a Markdown body into blocks of reader-visible text (tags and heading marks removed). */
export function markdownBlocks(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      decodeEntities(
        block
          .replace(/<[^>]+>/g, '')
          .replace(/^#{1,6}\s+/, '')
          .trim(),
      ),
    )
    .filter((block) => block.length > 0);
}

export type QuoteLocation = { in: 'lead' } | { in: 'body'; block: number };

/**
 * Where an exact quote stands: the lead, or the index of the one body block
 * that contains it. Returns an error message when it is missing or ambiguous.
 */
export function locateQuote(quote: string, lead: string | undefined, body: string): QuoteLocation | string {
  return locateQuoteInBlocks(quote, lead, markdownBlocks(body));
}

/** locateQuote over blocks already split, so an article with many events splits its body once. */
export function locateQuoteInBlocks(quote: string, lead: string | undefined, blocks: readonly string[]): QuoteLocation | string {
  const places: QuoteLocation[] = [];
  if (lead?.includes(quote)) places.push({ in: 'lead' });
  blocks.forEach((block, index) => {
    if (block.includes(quote)) places.push({ in: 'body', block: index });
  });
  if (places.length === 0) return 'is not found word for word in the lead or in any paragraph of the body';
  if (places.length > 1) return `appears in ${places.length} paragraphs; quote more words so it points to one`;
  return places[0]!;
}
