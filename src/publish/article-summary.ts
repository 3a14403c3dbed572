/**
 * A short summary of an article in the source's own words, for the places
 * that need one line of text: meta descriptions, sharing cards, feeds and
 * JSON-LD. The lead when the source has one, otherwise the first paragraph.
 * Nothing is paraphrased; a cut is marked with an ellipsis.
 */
import { firstParagraph, type BodyModel } from '../markdown/body-model.ts';

interface Summarisable {
  title: string;
  lead?: string | undefined;
  body: BodyModel;
}

/** Cuts at the last word boundary before `maxLength` and marks the cut with "…". */
export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // One character is kept for the ellipsis; a word cut in half is dropped whole.
  const cut = text.slice(0, maxLength - 1);
  const endsOnWord = /\s/.test(text.charAt(maxLength - 1));
  const lastSpace = cut.lastIndexOf(' ');
  const words = endsOnWord || lastSpace < maxLength / 2 ? cut : cut.slice(0, lastSpace);
  return `${words.replace(/[\s,;:–-]+$/, '')}…`;
}

/** The lead, else the first paragraph, else the title; at most `maxLength` characters. */
export function articleSummary(article: Summarisable, maxLength = 300): string {
  return shorten(article.lead ?? firstParagraph(article.body) ?? article.title, maxLength);
}
