/**
 * The one model of an article body: its blocks as a reader sees them, in
 * document order, built from the Markdown syntax tree (mdast) that remark
 * parses. The validator, the archive builder and the rehype plugins all read
 * this model, so "a paragraph" and "where a quote stands" are defined once.
 *
 * A block is a paragraph, a heading of any level, a photo caption
 * (<figcaption> in a raw HTML block) or a list item. Its text is plain:
 * Markdown marks and tags are gone and character references are decoded (by
 * micromark for Markdown text, by parse5 for raw HTML).
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';

export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'list-item';

export interface BodyBlock {
  kind: BlockKind;
  /** Reader-visible text, whitespace trimmed. */
  text: string;
  /** Offset of the block's first character in the body: where its HTML element starts. */
  offset: number;
  /** Heading level (1–6), for headings. */
  depth?: number;
  /** True for a block written as raw HTML (a caption, a <p class="signature">). */
  html?: true;
}

export interface BodyModel {
  blocks: BodyBlock[];
}

const HTML_BLOCKS: Record<string, BlockKind> = {
  p: 'paragraph',
  figcaption: 'caption',
  li: 'list-item',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
};

/** Plain text of Markdown inline content; inline tags (<span>, <br>) add no text. */
function inlineText(node: Nodes): string {
  if (node.type === 'html') return hastText(fromHtml(node.value, { fragment: true }));
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(inlineText).join('');
  return '';
}

/** The blocks of a raw HTML block, with offsets in the whole body. */
function htmlBlocks(html: string, start: number, into: BodyBlock[]): void {
  const visit = (node: HastRoot | HastContent) => {
    if (node.type === 'element') {
      const kind = HTML_BLOCKS[node.tagName];
      if (kind) {
        const text = hastText(node).trim();
        const offset = start + (node.position?.start.offset ?? 0);
        if (text) into.push({ kind, text, offset, html: true, ...(kind === 'heading' ? { depth: Number(node.tagName[1]) } : {}) });
        return;
      }
    }
    if ('children' in node) (node.children as (Element | HastContent)[]).forEach(visit);
  };
  visit(fromHtml(html, { fragment: true }));
}

/** The model of a body already parsed by remark (Astro's own tree, in the remark plugin). */
export function bodyModelOf(tree: Root): BodyModel {
  const blocks: BodyBlock[] = [];
  const offsetOf = (node: Nodes) => node.position?.start.offset ?? 0;
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const text = inlineText(node).trim();
        if (text) blocks.push({ kind: node.type, text, offset: offsetOf(node), ...(node.type === 'heading' ? { depth: node.depth } : {}) });
        return;
      }
      case 'listItem': {
        // The item is the block; its paragraphs are not blocks of their own.
        const text = node.children.filter((child) => child.type === 'paragraph').map(inlineText).join('\n').trim();
        if (text) blocks.push({ kind: 'list-item', text, offset: offsetOf(node) });
        node.children.filter((child) => child.type !== 'paragraph').forEach(visit);
        return;
      }
      case 'html':
        htmlBlocks(node.value, offsetOf(node), blocks);
        return;
      default:
        if ('children' in node) node.children.forEach(visit);
    }
  };
  visit(tree);
  return { blocks };
}

// The same parser options as Astro's Markdown (GFM on), so offsets and blocks agree with the render.
const parser = remark().use(remarkGfm);

/** Parses a Markdown body and models it: for code outside Astro's pipeline (tests, the benchmark). */
export function parseBody(markdown: string): BodyModel {
  return bodyModelOf(parser.parse(markdown));
}

/** Every word of the body, for reading time. */
export const bodyText = (model: BodyModel): string => model.blocks.map((block) => block.text).join('\n');

/** The first paragraph written in Markdown: not a heading, caption, list item or raw HTML line. */
export const firstParagraph = (model: BodyModel): string | undefined =>
  model.blocks.find((block) => block.kind === 'paragraph' && !block.html)?.text;
