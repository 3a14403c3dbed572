/**
 * Rehype plugin: puts an empty anchor <span id="su-kien-…"> at the start of
 * the body block that reports each event (a paragraph, a heading of any
 * level, a caption or a list item), so the timeline links to that block.
 * The block is the one locateQuote() names over the body model that
 * remarkBodyModel() made in this same render; its element is the one of the
 * block's kind that starts at the block's offset in the source (a list and
 * its first item start together; so do a paragraph and its first word's
 * <strong>). A quote locateQuote() cannot
 * place is left to the validator, which names the event's `quote` field;
 * events quoted from the lead are anchored by the article page.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { eventAnchor } from '../urls/paths.ts';
import type { BlockKind } from './body-model.ts';
import { locateQuote } from './quote-location.ts';

const ELEMENTS: Record<BlockKind, ReadonlySet<string>> = {
  paragraph: new Set(['p']),
  heading: new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
  caption: new Set(['figcaption']),
  'list-item': new Set(['li']),
};

interface Frontmatter {
  events?: { id: string; quote: string }[];
  lead?: string;
}

export function rehypeEventAnchors() {
  return (tree: Root, file: VFile) => {
    const { events = [], lead } = (file.data.astro?.frontmatter ?? {}) as Frontmatter;
    if (events.length === 0) return;
    const model = file.data.bodyModel;
    if (!model) throw new Error('rehypeEventAnchors needs remarkBodyModel earlier in the pipeline (astro.config.mjs)');
    const pending = new Map<number, { kind: BlockKind; ids: string[] }>();
    for (const event of events) {
      const location = typeof event.quote === 'string' ? locateQuote(event.quote, lead, model) : undefined;
      if (typeof location !== 'object' || location.in !== 'body') continue;
      const { offset, kind } = model.blocks[location.block]!;
      const block = pending.get(offset) ?? { kind, ids: [] };
      block.ids.push(event.id);
      pending.set(offset, block);
    }
    visit(tree, 'element', (node: Element) => {
      const offset = node.position?.start.offset;
      const block = offset === undefined ? undefined : pending.get(offset);
      if (!block || !ELEMENTS[block.kind].has(node.tagName)) return;
      const { ids } = block;
      const anchors: ElementContent[] = ids.map((id) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: eventAnchor(id), className: ['event-anchor'] },
        children: [],
      }));
      node.children.unshift(...anchors);
      node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'reports-event'];
      pending.delete(offset!);
    });
    if (pending.size > 0) {
      const ids = [...pending.values()].flatMap((block) => block.ids).join(', ');
      throw new Error(`no element starts where the body model places the quote of event(s) ${ids}: the body model and the HTML disagree`);
    }
  };
}
