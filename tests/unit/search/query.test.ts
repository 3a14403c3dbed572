/** Query normalisation and d/đ expansion: what is searched for, whatever the reader typed. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, parseQuery } from '../../../src/search/core/query.ts';
import { hasMarks, tokenize, wordForms } from '../../../src/search/core/tokens.ts';

describe('parseQuery', () => {
  it.each([
    ['xe dien', ['xe', 'dien']],
    ['  Xe   ĐIỆN  ', ['xe', 'điện']],
    ['“Đà Nẵng”, 2023!', ['đà', 'nẵng', '2023']],
    ['KH&CN', ['kh', 'cn']],
    ['COP28', ['cop28']],
    // A date is one word, as Pagefind indexes it: it does not index the "9" apart.
    ['28/9/2023', ['2892023']],
    ['30/10/2023', ['30', '10', '2023']],
  ])('%j → %j', (raw, words) => {
    expect(parseQuery(raw).words).toEqual(words);
  });

  it('joins a decomposed (NFD) query into the composed letters the articles use', () => {
    expect(parseQuery('đie\u0302\u0323n').words).toEqual(['điện']);
  });

  it.each([
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['?!… — ,,', 'no-words'],
    ['<>"\'', 'no-words'],
  ])('%j has the problem %s', (raw, problem) => {
    expect(parseQuery(raw)).toMatchObject({ words: [], problem });
  });

  it('cuts a very long query and says so', () => {
    const long = 'hợp tác quốc tế '.repeat(100);
    const parsed = parseQuery(long);
    expect(parsed.truncated).toBe(true);
    expect(parsed.words).toHaveLength(MAX_QUERY_WORDS);
    expect([...parsed.text].length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
    expect(parseQuery('xe điện').truncated).toBe(false);
  });

  it('keeps a hostile query as plain words, nothing else', () => {
    expect(parseQuery('<img src=x onerror=alert(1)>').words).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });
});

describe('tokenize and hasMarks', () => {
  it('keeps offsets into the original text', () => {
    const text = 'pin xe điện, Đà Nẵng';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(['pin', 'xe', 'điện', 'Đà', 'Nẵng']);
    expect(tokenize(text).map((token) => token.folded)).toEqual(['pin', 'xe', 'dien', 'da', 'nang']);
  });

  it.each([
    ['dien', false],
    ['điện', true],
    ['đo', true],
    ['năng', true],
    ['ISO', false],
  ])('%s has marks: %s', (word, marked) => {
    expect(hasMarks(word)).toBe(marked);
  });
});

describe('wordForms', () => {
  it.each([
    ['dien', ['dien', 'đien']],
    ['da', ['da', 'đa']],
    ['tcdlcl', ['tcdlcl', 'tcđlcl']],
    ['qdtdc', ['qdtdc', 'qdtđc', 'qđtdc', 'qđtđc']],
    ['dddd', ['dddd', 'dđdd', 'đddd', 'đđdd']],
    ['xe', ['xe']],
    ['dương', ['dương']],
    ['điện', ['điện']],
  ])('%j → %j (each of the first two d letters also as đ; a word typed with marks is taken as meant)', (word, forms) => {
    expect(wordForms(word)).toEqual(forms);
  });
});
