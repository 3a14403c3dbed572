/** The body's syntax tree to Markdown, with remark-stringify (GFM, as the site parses it). */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

export const toMarkdown = (body: Root): string => processor.stringify(body);
