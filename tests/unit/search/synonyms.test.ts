/**
 * Synonyms (src/search/core/synonyms.ts, src/archive/search-synonyms.ts):
 * the table built from the real partners and glossary joins the names that
 * mean the same; a query holding one of them as whole words, under the
 * site's folding, is also searched with each other name in its place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../../src/archive/search-synonyms.ts';
import { readGlossary } from '../../../src/content/glossary.ts';
import { partnerSchema } from '../../../src/content/schema.ts';
import { parseYamlList } from '../../../src/content/yaml-list.ts';
import { queryWords } from '../../../src/search/core/match.ts';
import { parseQuery } from '../../../src/search/core/query.ts';
import { MAX_SYNONYM_FORMS, synonymForms, synonymGroups } from '../../../src/search/core/synonyms.ts';

const partners = parseYamlList(readFileSync('content/partners.yaml', 'utf8'), 'content/partners.yaml').map(({ data }) => partnerSchema.parse(data));
const table = searchSynonyms(partners, readGlossary());
const groupOf = (name: string) => table.find((group) => group.includes(name)) ?? [];
const forms = (query: string, groups = table) => synonymForms(queryWords(parseQuery(query).words), groups);
const names = (query: string, groups = table) => forms(query, groups).map((form) => form.name);

describe('the synonym table from the archive data', () => {
  it('joins a partner’s acronym and names with the glossary’s term and aliases', () => {
    expect(groupOf('STAMEQ')).toEqual(expect.arrayContaining(['TCĐLCL', 'TĐC', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng']));
    expect(groupOf('ISO')).toEqual(expect.arrayContaining(['Tổ chức Tiêu chuẩn hóa quốc tế', 'International Organization for Standardization']));
    expect(groupOf('APO')).toContain('Tổ chức Năng suất Châu Á');
    expect(groupOf('GHG')).toContain('Khí nhà kính');
    expect(groupOf('SDG')).toContain('Mục tiêu phát triển bền vững');
  });

  it('keeps each name once per group and each group apart', () => {
    const keys = table.flat().map((name) => name.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(groupOf('ISO')).not.toContain('ISO SMART');
  });

  it('joins lists through a shared name, compared without marks', () => {
    expect(synonymGroups([['A1', 'Tên một'], ['ten mot', 'B2'], ['C3']])).toEqual([['A1', 'Tên một', 'B2']]);
  });
});

describe('the forms a query is also searched under', () => {
  it('finds the group with or without marks, "d" for "đ"', () => {
    for (const query of ['stameq', 'STAMEQ', 'tcdlcl', 'TCĐLCL', 'tong cuc tieu chuan do luong chat luong', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng']) {
      expect(names(query).length, query).toBeGreaterThan(0);
    }
    expect(names('stameq')).toEqual(['TCĐLCL', 'TĐC', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng']);
    expect(names('tcdlcl')).not.toContain('TCĐLCL');
  });

  it('searches the synonym’s words folded and whole', () => {
    const [form] = forms('stameq');
    expect(form!.words).toEqual([{ lower: 'tcdlcl', folded: 'tcdlcl', marked: false, last: false }]);
  });

  it('takes whole words only', () => {
    expect(names('isolate')).toEqual([]);
    expect(names('is')).toEqual([]);
    expect(names('iso9001')).toEqual([]);
  });

  it('puts the synonym in place of the name in a longer query, the other words as typed', () => {
    const found = forms('stameq hợp tác');
    expect(found[0]!.words.map((word) => [word.lower, word.last])).toEqual([['tcdlcl', false], ['hợp', false], ['tác', true]]);
    expect(forms('hợp tác iso')[0]!.words.map((word) => word.lower)).toEqual(['hợp', 'tác', 'to', 'chuc', 'tieu', 'chuan', 'hoa', 'quoc', 'te']);
  });

  it('takes the longest name the query holds', () => {
    const groups = [['ISO', 'Tổ chức Tiêu chuẩn hóa quốc tế'], ['ISO SMART', 'Tiêu chuẩn máy đọc được']];
    expect(names('iso smart', groups)).toEqual(['Tiêu chuẩn máy đọc được']);
    expect(names('iso mới', groups)).toEqual(['Tổ chức Tiêu chuẩn hóa quốc tế']);
  });

  it('takes a short acronym only as the whole query', () => {
    expect(names('un')).toContain('Liên hợp quốc');
    expect(names('un hop tac')).toEqual([]);
  });

  it('leaves out a form whose words hold another’s, and stops at the bound', () => {
    const groups = [['X1', 'Tổng cục X1', 'Y2', 'Z3', 'W4', 'V5']];
    expect(names('x1', groups)).toEqual(['Y2', 'Z3', 'W4']);
    expect(names('x1', groups)).toHaveLength(MAX_SYNONYM_FORMS);
  });
});
