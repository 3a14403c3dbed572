/**
 * Rehype plugin: puts an empty anchor <span id="su-kien-…"> at the start of
 * the body paragraph that reports each event, so the timeline can link to the
 * exact paragraph. Events quoted from the lead are anchored by the page.
 * The quote was already checked by validate.ts; a miss here is a bug.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { eventAnchor } from './build-archive';

const BLOCKS = new Set(['p', 'h2', 'h3', 'figcaption', 'li', 'blockquote']);

interface RawEvent {
  id: string;
  quote: string;
}

export function rehypeEventAnchors() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { events?: RawEvent[]; lead?: string };
    const pending = (frontmatter.events ?? []).filter((event) => !frontmatter.lead?.includes(event.quote));
    if (pending.length === 0) return;
    visit(tree, 'element', (node: Element) => {
      if (!BLOCKS.has(node.tagName)) return;
      const text = toString(node);
      const here = pending.filter((event) => text.includes(event.quote));
      if (here.length === 0) return;
      const anchors: ElementContent[] = here.map((event) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: eventAnchor(event.id), className: ['event-anchor'] },
        children: [],
      }));
      node.children.unshift(...anchors);
      node.properties.className = [...((node.properties.className as string[]) ?? []), 'reports-event'];
      for (const event of here) pending.splice(pending.indexOf(event), 1);
    });
    if (pending.length > 0) {
      throw new Error(`${file.path}: no paragraph holds the quote of event(s) ${pending.map((event) => event.id).join(', ')}`);
    }
  };
}
