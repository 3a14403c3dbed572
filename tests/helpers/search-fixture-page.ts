/**
 * A made-up article of the search tests, and the page a test site hands
 * Pagefind for it: what SearchIndexFields.astro
 * gives it (title, date wording, machine date, rank within the period) as
 * empty <data> elements, then a heading and a paragraph of text. One place,
 * so the fixtures follow the component when it changes.
 */
import { RANK_SORT } from '../../src/search/core/periods.ts';

/** A made-up article of a search test: its words, and the topics and partners its period file gives it. */
export interface FixturePage {
  id: string;
  title: string;
  text: string;
  topics?: string[];
  partners?: string[];
}

export interface SearchFields {
  title: string;
  year: number;
  rank: number;
}

const FIELD_MARKUP = {
  title: (fields: SearchFields) => `<data value="${fields.title}" data-pagefind-meta="title[value]"></data>`,
  date: (fields: SearchFields) => `<data value="năm ${fields.year}" data-pagefind-meta="date[value]"></data>`,
  datetime: (fields: SearchFields) => `<data value="${fields.year}" data-pagefind-meta="datetime[value]"></data>`,
  rank: (fields: SearchFields) => `<data value="${fields.rank}" data-pagefind-sort="${RANK_SORT}[value]"></data>`,
};

/** The fields' markup, leaving out the ones named (to test a page that lacks one). */
export const searchFieldsHtml = (fields: SearchFields, without: readonly (keyof typeof FIELD_MARKUP)[] = []) =>
  Object.entries(FIELD_MARKUP)
    .filter(([name]) => !without.includes(name as keyof typeof FIELD_MARKUP))
    .map(([, markup]) => markup(fields))
    .join('\n  ');

/** A whole article page as the build writes it, as far as Pagefind reads it. */
export const searchArticleHtml = (fields: SearchFields, text: string, fieldsHtml = searchFieldsHtml(fields)) => `<!doctype html><html lang="vi"><head><title>${fields.title}</title></head><body>
  <nav>Trang chủ</nav>
  <article data-pagefind-body>
  ${fieldsHtml}
  <h1>${fields.title}</h1><p>${text}</p>
</article></body></html>`;
