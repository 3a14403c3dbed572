/**
 * Pagefind's words as src/search/core/index-words.ts reads them; each case
 * is one the search oracle (tests/site/search-oracle.test.ts) found the real
 * Pagefind to index so.
 */
import { describe, expect, it } from 'vitest';
import { indexWords, pagefindFold } from '../../../src/search/core/index-words.ts';

describe('indexWords', () => {
  it.each([
    ['Hàn Quốc', [['han'], ['quoc']]],
    ['NĐ-CP', [['nđcp', 'nđ', 'cp']]],
    ['Covid-19', [['covid19', 'covid', '19']]],
    // One-letter parts are not indexed: the "9" of a date.
    ['28/9/2023', [['2892023', '28', '2023']]],
    ['CO2 MoU', [['co2', 'co'], ['mou', 'mo']]],
    // A dash alone holds a position, with no word.
    ['Á – Thái', [['a'], [], ['thai']]],
  ])('%j → %j', (text, words) => {
    expect(indexWords(text)).toEqual(words);
  });

  it('folds tone marks and keeps đ, as Pagefind matches', () => {
    expect(pagefindFold('Điện')).toBe('đien');
  });
});
