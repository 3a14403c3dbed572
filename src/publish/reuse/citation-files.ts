/**
 * BibTeX and RIS files for reference managers (Zotero, EndNote, JabRef),
 * each named after its article (<id>.bib, <id>.ris) so that a second
 * download does not overwrite the first. Written by bibtex.ts and ris.ts
 * from the article's CSL item; an approximate date or a reconstructed title
 * is said in the note (BibTeX note, RIS N1): neither format has a field for it.
 */
import { bibtexEntry } from './bibtex.ts';
import type { CslItem } from './citation.ts';
import { risRecord } from './ris.ts';

export type CitationFormat = 'bibtex' | 'ris';

/** Each format's file extension and the type it is served as. */
export const citationFiles: Record<CitationFormat, { extension: string; contentType: string }> = {
  bibtex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
};

/** "hoi-nhap-quoc-te.bib": the file's name, next to its article. */
export const citationFileName = (articleId: string, format: CitationFormat) => `${articleId}.${citationFiles[format].extension}`;

export function citationFile(item: CslItem, format: CitationFormat): string {
  return format === 'bibtex' ? bibtexEntry(item) : risRecord(item);
}
