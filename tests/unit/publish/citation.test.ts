/**
 * Citations: the sentence a reader copies, and BibTeX and RIS files that a
 * reference manager's parser (citation-js, as Zotero's importers read them)
 * turns back into the same fields, Vietnamese intact.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build-archive.ts';
import type { Article } from '../../../src/archive/model.ts';
import { citationText, cslItem, vietnameseName, type CslItem } from '../../../src/publish/reuse/citation.ts';
import { citationFile, citationFileName } from '../../../src/publish/reuse/citation-files.ts';
import { protectTitle } from '../../../src/publish/reuse/bibtex.ts';
import { readRis } from '../../helpers/ris.ts';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { article as fixture, partners, topics } from '../../helpers/archive-fixtures.ts';

const url = urlResolver('https://example.gov.vn', '/luu-tru/');

function article(change: (input: ReturnType<typeof fixture>) => void = () => {}, published = '24/01/2023 06:31'): Article {
  const input = fixture({ id: 'hoi-nhap-quoc-te', published });
  input.data.title = 'Hội nhập quốc tế trong lĩnh vực TCĐLCL hướng tới phát triển bền vững';
  input.data.source = { name: 'VietQ.vn', site: 'https://vietq.vn', capture: 'capture.txt', furniture: [] };
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

/** The source names no publication, nobody signed it, its date is a guessed month: cited by its title. */
const unsourced = article((input) => {
  input.data.title = 'Diễn đàn ISO Châu Á – Thái Bình Dương: Trao đổi, học hỏi kinh nghiệm của Bộ KH&CN';
  input.data.author = undefined;
  input.data.source = { capture: 'capture.txt', furniture: [] };
  input.data.published.approximate = true;
}, '2/2022');

/** Known only by its own address: the citation gives it. */
const addressed = article((input) => {
  input.data.source = { name: 'VietQ.vn', url: 'https://vietq.vn/hoi-nhap-quoc-te.html', capture: 'capture.txt', furniture: [] };
});

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

  it('cites an article with no known source by its title, with no placeholder, and gives an article\'s own address when known', () => {
    expect(citationText(unsourced, url)).toBe(
      'Diễn đàn ISO Châu Á – Thái Bình Dương: Trao đổi, học hỏi kinh nghiệm của Bộ KH&CN (khoảng 2022). Đăng khoảng tháng 2/2022. Kho lưu trữ hợp tác quốc tế TCĐLCL. https://example.gov.vn/luu-tru/bai-viet/hoi-nhap-quoc-te/',
    );
    expect(citationText(addressed, url)).toContain('VietQ.vn, 24/1/2023. Bài gốc: https://vietq.vn/hoi-nhap-quoc-te.html. Kho lưu trữ');
  });
});

describe('vietnameseName', () => {
  it('reads the family name first, as Vietnamese names are written', () => {
    expect(vietnameseName('Vũ Tú Quyên')).toEqual({ family: 'Vũ', given: 'Tú Quyên' });
    expect(vietnameseName('Quyên')).toEqual({ literal: 'Quyên' });
  });
});

const cases = [
  ['a signed article dated to the minute', signed],
  ['an unsigned article with a reconstructed title and an approximate month', reconstructed],
  ['an article with no known source, an approximate month and KH&CN in its title', unsourced],
  ['an article with its own address', addressed],
] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const isoDate = (parts: readonly number[]) => parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');

/** citation-js reads a file (BibTeX or RIS) back into the item it was written from, field for field. */
function expectCitationJsReads(file: string, item: CslItem): void {
  const [back] = new Cite(file).data as Record<string, unknown>[];
  expect(back!.title).toBe(item.title);
  expect(back!.author).toEqual(item.author);
  expect(back!['container-title']).toBe(item['container-title']);
  expect((back!.issued as { 'date-parts': number[][] })['date-parts']).toEqual(item.issued['date-parts']);
  expect(back!.URL).toBe(item.URL);
  expect(back!.note).toBe(item.note);
}

describe.each(cases)('the BibTeX of %s', (_case, subject) => {
  const item: CslItem = cslItem(subject, url);
  const bib = citationFile(item, 'bibtex');
  const [year, month] = item.issued['date-parts'][0]!;

  it('reads back field for field with citation-js', () => expectCitationJsReads(bib, item));

  it('reads back field for field with @retorquere/bibtex-parser (Better BibTeX), capitals intact under sentence case', () => {
    const { entries, errors } = parseBibtex(bib, { caseProtection: 'strict', sentenceCase: {} });
    expect(errors).toEqual([]);
    const { type, key, fields } = entries[0]!;
    // The parser sentence-cases English entries only, and by default guesses which capitals are names; a
    // BibTeX style's change.case$ lowercases whatever the language and guesses nothing. So the title is also
    // read as if it had no langid, without guessing: what is not braced is lowercased then.
    const sentenceCased = parseBibtex(bib.replace(/^ {2}langid = .*\n/m, ''), { caseProtection: 'strict', sentenceCase: { guess: false } }).entries[0]!.fields;
    expect([type, key]).toEqual([item['container-title'] ? 'article' : 'misc', item.id]);
    // Sentence case lowercases what is not protected: the title reads back as written, so every capital was braced.
    expect(String(fields.title).replace(/<\/?span[^>]*>/g, '')).toBe(item.title);
    const title = String(sentenceCased.title);
    expect(title.replace(/<\/?span[^>]*>/g, '')).toBe(item.title);
    // Braces hold whole words: no protected run starts or ends inside a word.
    for (const match of title.matchAll(/<span class="nocase">(.*?)<\/span>/g)) {
      const [before, after] = [title.charAt(match.index - 1), title.charAt(match.index + match[0].length)];
      expect(/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after), match[0]).toBe(false);
    }
    expect(fields.author).toEqual(item.author?.map((person) => ('literal' in person ? { name: person.literal } : { lastName: person.family, firstName: person.given })));
    expect(fields.journal).toBe(item['container-title']);
    expect(fields.howpublished).toBe(item['container-title'] ? undefined : 'Kho lưu trữ hợp tác quốc tế TCĐLCL');
    expect([fields.year, fields.month, fields.date]).toEqual([String(year), month ? String(month) : undefined, isoDate(item.issued['date-parts'][0]!)]);
    expect(fields.url).toBe(item.URL);
    expect(fields.note).toBe(item.note);
  });

  it('writes BibTeX\'s own month macro, never a placeholder', () => {
    if (month) expect(bib).toContain(`month = ${MONTHS[month - 1]},`);
    expect(bib).not.toMatch(/Không ghi nguồn|jan \d/);
  });
});

describe.each(cases)('the RIS of %s', (_case, subject) => {
  const item: CslItem = cslItem(subject, url);
  const ris = citationFile(item, 'ris');
  const [year, month, day] = item.issued['date-parts'][0]!;
  const pad = (value: number | undefined) => (value === undefined ? '' : String(value).padStart(2, '0'));

  it('reads back field for field with a strict RIS reader', () => {
    const tags = readRis(ris);
    expect(tags.get('TY')).toEqual([item['container-title'] ? 'MGZN' : 'GEN']);
    expect(tags.get('ID')).toEqual([item.id]);
    expect(tags.get('TI')).toEqual([item.title]);
    expect(tags.get('AU')).toEqual(item.author?.map((person) => ('literal' in person ? person.literal : `${person.family}, ${person.given}`)));
    expect(tags.get('T2')).toEqual(item['container-title'] ? [item['container-title']] : undefined);
    expect(tags.get('PY')).toEqual([String(year)]);
    expect(tags.get('DA')).toEqual([`${year}/${pad(month)}/${pad(day)}/`]);
    expect(tags.get('UR')).toEqual([item.URL]);
    expect(tags.get('DB')).toEqual(['Kho lưu trữ hợp tác quốc tế TCĐLCL']);
    expect(tags.get('N1')).toEqual([item.note]);
    expect(tags.get('LA')).toEqual(['vi']);
  });

  it('reads back field for field with citation-js', () => expectCitationJsReads(ris, item));
});

describe('cslItem', () => {
  it('keeps a date at its precision and says in whole sentences what the formats cannot hold', () => {
    expect(cslItem(reconstructed, url).issued).toEqual({ 'date-parts': [[2023, 12]], circa: true });
    expect(cslItem(signed, url).issued).toEqual({ 'date-parts': [[2023, 1, 24]] });
    expect(cslItem(reconstructed, url).note).toBe('Lưu tại: Kho lưu trữ hợp tác quốc tế TCĐLCL. Tiêu đề do biên tập viên đặt. Thời gian đăng ước đoán, bài gốc không ghi.');
  });

  it('names no container for an article whose source names none', () => {
    expect(cslItem(unsourced, url)).not.toHaveProperty('container-title');
    expect(cslItem(unsourced, url).type).toBe('article');
  });
});

describe('protectTitle', () => {
  it('braces whole words: inner capitals (Vietnamese ones too) and capitalised names after the first word', () => {
    expect(protectTitle('Hội nhập quốc tế trong lĩnh vực TCĐLCL')).toBe('Hội nhập quốc tế trong lĩnh vực {TCĐLCL}');
    expect(protectTitle('Diễn đàn ISO Châu Á – Thái Bình Dương: Trao đổi')).toBe('Diễn đàn {ISO} {Châu} {Á} – {Thái} {Bình} {Dương}: {Trao} đổi');
    expect(protectTitle('Bộ KH&CN (MoU) 100% #1')).toBe('Bộ {KH\\&CN} ({MoU}) 100\\% \\#1');
  });
});

describe('citationFileName', () => {
  it('names each download after its article, so a second one does not overwrite the first', () => {
    expect([citationFileName('hoi-nhap-quoc-te', 'bibtex'), citationFileName('hoi-nhap-quoc-te', 'ris')]).toEqual(['hoi-nhap-quoc-te.bib', 'hoi-nhap-quoc-te.ris']);
  });
});
