/**
 * BibTeX and RIS files for reference managers (Zotero, EndNote, JabRef),
 * written by citation-js from the article's CSL-JSON item.
 * BibTeX writes the item as @article with the source as the journal. An
 * approximate date or a reconstructed title is said in the note (BibTeX
 * note, RIS N1): neither format has a field for it.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citation.ts';

const bibtexFormat = plugins.config.get('@bibtex').format;
// Vietnamese stays Vietnamese (the default spells "đ" as \dj{} and reads it back lossily),
// and the entry key is the article id, stable across builds.
bibtexFormat.asciiOnly = false;
bibtexFormat.useIdAsLabel = true;

export type CitationFormat = 'bibtex' | 'ris';

/** Where each format is published (next to the article) and the type it is served as. */
export const citationFiles: Record<CitationFormat, { file: string; contentType: string }> = {
  bibtex: { file: 'trich-dan.bib', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { file: 'trich-dan.ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
};

const RIS_TAG = /^[A-Z][A-Z0-9] {2}- /;

/**
 * citation-js cuts every RIS value after 70 characters onto a new line with no
 * tag (plugin-ris lib/ris.js: `.replace(/(.{70})/g, '$1\n')`), which splits
 * addresses; RIS readers take each line as one tag and value, so the pieces
 * are joined back (the cut adds no character, so joining restores the value).
 */
function unwrapRis(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (RIS_TAG.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n');
}

export function citationFile(item: CslItem, format: CitationFormat): string {
  const text = new Cite(item).format(format);
  return format === 'ris' ? unwrapRis(text) : text;
}
