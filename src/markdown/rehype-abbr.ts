/**
 * Rehype plugin: wraps the first use of each glossary abbreviation in an
 * article body in a link to its glossary entry around <abbr>, so a reader
 * can learn what "NQI" stands for where it first appears: a title tooltip
 * shows only to a mouse, while a link is reached by a tap or the Tab key and
 * names the expansion to a screen reader (aria-label, so the page text and
 * the search index keep the source's words). No title besides: it would say
 * the label again and weigh on the page. The text itself is
 * never changed, only wrapped. Headings are left alone (an <abbr> there would also land in
 * the page outline), as are links and code.
 *
 * A term matches as a whole token only: not inside a longer word ("ISO" in
 * "ISOxyz", "CE" in "QUACERT"), and not glued to letters the source ran
 * together ("TCĐLCLvà"): those slips are left as published, and the next
 * clean use is marked instead.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** What the plugin needs of a glossary entry (src/content/schema.ts's glossary entries fit it). */
export interface GlossaryTerm {
  term: string;
  expansion: string;
  english?: string;
}

const SKIPPED_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'a', 'code', 'pre', 'script', 'style']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The link's accessible name: the term, then what it stands for. */
export const abbrLabel = (entry: GlossaryTerm) => `${entry.term} – ${entry.expansion}`;

interface Options {
  /** The glossary (readGlossary() in astro.config.mjs). */
  entries: readonly GlossaryTerm[];
  /** The address of a term's glossary entry, base path included (paths.glossaryTerm under joinBase). */
  glossaryHref: (term: string) => string;
}

export function rehypeAbbr(options: Options) {
  const { entries, glossaryHref } = options;
  const byTerm = new Map(entries.map((entry) => [entry.term, entry]));
  // Longest first, so "ISO SMART" wins over "ISO" where both start.
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  return (tree: Root) => {
    if (byTerm.size === 0) return;
    const marked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED_ELEMENTS.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const pieces = splitFirstUses(node, pattern, (term) => firstUse(byTerm.get(term)!, glossaryHref(term)), marked);
      if (!pieces) return;
      parent.children.splice(index, 1, ...pieces);
      // Continue after the inserted pieces; none of them needs visiting again.
      return [SKIP, index + pieces.length];
    });
  };
}

/** The text node cut around the terms it uses first, or undefined when it has none. */
function splitFirstUses(node: Text, pattern: RegExp, mark: (term: string) => Element, marked: Set<string>): ElementContent[] | undefined {
  const pieces: ElementContent[] = [];
  let position = 0;
  for (const match of node.value.matchAll(pattern)) {
    const term = match[0];
    if (marked.has(term)) continue;
    marked.add(term);
    if (match.index > position) pieces.push({ type: 'text', value: node.value.slice(position, match.index) });
    pieces.push(mark(term));
    position = match.index + term.length;
  }
  if (pieces.length === 0) return undefined;
  if (position < node.value.length) pieces.push({ type: 'text', value: node.value.slice(position) });
  return pieces;
}

/** <a href class="abbr-link" aria-label><abbr>term</abbr></a>. */
function firstUse(entry: GlossaryTerm, href: string): Element {
  const abbr: Element = { type: 'element', tagName: 'abbr', properties: {}, children: [{ type: 'text', value: entry.term }] };
  return { type: 'element', tagName: 'a', properties: { href, className: ['abbr-link'], ariaLabel: abbrLabel(entry) }, children: [abbr] };
}
