/**
 * Citations: the sentence a reader copies, and BibTeX and RIS files that a
 * reference manager's parser (citation-js, as Zotero's importers read them)
 * turns back into the same fields, Vietnamese intact.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build-archive.ts';
import type { Article } from '../../../src/archive/model.ts';
import { citationText, cslItem, vietnameseName, type CslItem } from '../../../src/publish/reuse/citation.ts';
import { citationFile, type CitationFormat } from '../../../src/publish/reuse/citation-files.ts';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { article as fixture, partners, topics } from '../../helpers/archive-fixtures.ts';

const url = urlResolver('https://example.gov.vn', '/luu-tru/');

function article(change: (input: ReturnType<typeof fixture>) => void = () => {}, published = '24/01/2023 06:31'): Article {
  const input = fixture({ id: 'hoi-nhap-quoc-te', published });
  input.data.title = 'Hội nhập quốc tế trong lĩnh vực TCĐLCL hướng tới phát triển bền vững';
  input.data.source = { name: 'VietQ.vn', url: 'https://vietq.vn', capture: 'capture.txt', furniture: [] };
  input.data.author = { name: 'Vũ Tú Quyên', role: 'Phó Vụ trưởng' };
  change(input);
  return buildArchive({ articles: [input], partners, topics, glossary: [] }).articles[0]!;
}

const signed = article();
const reconstructed = article((input) => {
  input.data.titleEditorial = true;
  input.data.author = undefined;
  input.data.source = { name: 'tcvn.gov.vn', capture: 'capture.txt', furniture: [] };
  input.data.published.approximate = true;
}, '12/2023');

describe('citationText', () => {
  it('names the author, year, title, source with the date at its precision, the archive and the address', () => {
    expect(citationText(signed, url)).toBe(
      'Vũ Tú Quyên (2023). Hội nhập quốc tế trong lĩnh vực TCĐLCL hướng tới phát triển bền vững. VietQ.vn, 24/1/2023. Kho lưu trữ hợp tác quốc tế TCĐLCL. https://example.gov.vn/luu-tru/bai-viet/hoi-nhap-quoc-te/',
    );
  });

  it('cites an unsigned article by its source, says "khoảng" and marks a reconstructed title', () => {
    expect(citationText(reconstructed, url)).toBe(
      'tcvn.gov.vn (khoảng 2023). Hội nhập quốc tế trong lĩnh vực TCĐLCL hướng tới phát triển bền vững [tiêu đề do biên tập viên đặt]. Đăng khoảng tháng 12/2023. Kho lưu trữ hợp tác quốc tế TCĐLCL. https://example.gov.vn/luu-tru/bai-viet/hoi-nhap-quoc-te/',
    );
  });
});

describe('vietnameseName', () => {
  it('reads the family name first, as Vietnamese names are written', () => {
    expect(vietnameseName('Vũ Tú Quyên')).toEqual({ family: 'Vũ', given: 'Tú Quyên' });
    expect(vietnameseName('Quyên')).toEqual({ literal: 'Quyên' });
  });
});

/** What a reference manager reads back from a file. */
function readBack(text: string): Record<string, unknown> {
  const [entry] = new Cite(text).data;
  return entry!;
}

describe.each<CitationFormat>(['bibtex', 'ris'])('%s file', (format) => {
  it.each([
    ['a signed article dated to the minute', signed],
    ['an unsigned article with a reconstructed title and an approximate month', reconstructed],
  ])('reads back %s field for field', (_case, subject) => {
    const item: CslItem = cslItem(subject, url);
    const back = readBack(citationFile(item, format));
    expect(back.title).toBe(item.title);
    expect(back.author).toEqual(item.author);
    expect(back['container-title']).toBe(item['container-title']);
    expect(back.issued).toEqual({ 'date-parts': item.issued['date-parts'] });
    expect(back.URL).toBe(item.URL);
    expect(back.note).toBe(item.note);
    if (format === 'ris') expect(back.language).toBe('vi');
  });
});

describe('cslItem', () => {
  it('keeps a date at its precision and says in the note what the formats cannot hold', () => {
    expect(cslItem(reconstructed, url).issued).toEqual({ 'date-parts': [[2023, 12]], circa: true });
    expect(cslItem(signed, url).issued).toEqual({ 'date-parts': [[2023, 1, 24]] });
    expect(cslItem(reconstructed, url).note).toBe(
      'Bản lưu: Kho lưu trữ hợp tác quốc tế TCĐLCL. Tiêu đề: tiêu đề do biên tập viên đặt. Ngày: ngày đăng ước đoán, bài gốc không ghi',
    );
  });

  it('writes each RIS tag on one line, long addresses included', () => {
    const ris = citationFile(cslItem(reconstructed, url), 'ris');
    for (const line of ris.trim().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain('UR  - https://example.gov.vn/luu-tru/bai-viet/hoi-nhap-quoc-te/\n');
  });
});
