/** The one model of an article body, and where an event's quote stands in it. */
import { describe, expect, it } from 'vitest';
import { bodyText, firstParagraph, parseBody } from '../../../src/markdown/body-model.ts';
import { locateQuote } from '../../../src/markdown/quote-location.ts';

const body = [
  'Ngày 27/10/2022, tại Hà Nội, Tổng cục cùng **ASTM** đã tổ chức hội thảo.',
  '## Đề cao vai trò của tiêu chuẩn hóa',
  '<figure class="photo-caption"><figcaption>Bộ KH&amp;CN ký kết MOU.</figcaption></figure>',
  'Năm 2022, các hoạt động hợp tác quốc tế đã sôi động trở lại.',
  '#### Hội nghị ISO lần thứ 45',
  '- Ký kết với INSO ngày 7/10/2023;\n- Làm việc với *SASO* về Halal.',
  '> Trích lời Tổng cục trưởng &quot;Hợp tác&quot;.',
  '<p class="signature">Vũ Tú Quyên</p>',
].join('\n\n');

describe('parseBody', () => {
  const model = parseBody(body);

  it('gives every block its kind and reader-visible text: no marks, no tags, references decoded', () => {
    expect(model.blocks.map(({ kind, text, depth }) => [kind, text, depth])).toEqual([
      ['paragraph', 'Ngày 27/10/2022, tại Hà Nội, Tổng cục cùng ASTM đã tổ chức hội thảo.', undefined],
      ['heading', 'Đề cao vai trò của tiêu chuẩn hóa', 2],
      ['caption', 'Bộ KH&CN ký kết MOU.', undefined],
      ['paragraph', 'Năm 2022, các hoạt động hợp tác quốc tế đã sôi động trở lại.', undefined],
      ['heading', 'Hội nghị ISO lần thứ 45', 4],
      ['list-item', 'Ký kết với INSO ngày 7/10/2023;', undefined],
      ['list-item', 'Làm việc với SASO về Halal.', undefined],
      ['paragraph', 'Trích lời Tổng cục trưởng "Hợp tác".', undefined],
      ['paragraph', 'Vũ Tú Quyên', undefined],
    ]);
  });

  it('records where each block starts in the source, where its HTML element will start', () => {
    expect(model.blocks.map((block) => body.slice(block.offset, block.offset + 12))).toEqual([
      'Ngày 27/10/2',
      '## Đề cao va',
      '<figcaption>',
      'Năm 2022, cá',
      '#### Hội ngh',
      '- Ký kết với',
      '- Làm việc v',
      'Trích lời Tổ',
      '<p class="si',
    ]);
  });

  it('marks raw HTML blocks, and finds the first Markdown paragraph for summaries', () => {
    expect(model.blocks.filter((block) => block.html).map((block) => block.kind)).toEqual(['caption', 'paragraph']);
    expect(firstParagraph(parseBody('## Mục\n\n<p class="signature">Ký tên</p>\n\nĐoạn đầu &amp; thật.'))).toBe('Đoạn đầu & thật.');
    expect(firstParagraph(parseBody('## Chỉ có mục'))).toBeUndefined();
  });

  it('gives the words of the body for reading time, without any markup', () => {
    expect(bodyText(parseBody('Một **hai** ba.\n\n<p class="x">bốn</p>'))).toBe('Một hai ba.\nbốn');
  });
});

describe('locateQuote', () => {
  const model = parseBody(body);

  it.each([
    ['Năm 2022, các hoạt động', 3],
    ['Bộ KH&CN ký kết', 2],
    ['Hội nghị ISO lần thứ 45', 4],
    ['Làm việc với SASO', 6],
    ['Đề cao vai trò', 1],
  ])('finds "%s" in block %i (paragraphs, captions, headings of any level, list items)', (quote, block) => {
    expect(locateQuote(quote, undefined, model)).toEqual({ in: 'body', block });
  });

  it('finds a quote in the lead', () => {
    expect(locateQuote('Tháng 9/2015', 'Tháng 9/2015, Liên Hợp Quốc', model)).toEqual({ in: 'lead' });
  });

  it('explains a missing or ambiguous quote', () => {
    expect(locateQuote('Ngày 28/10/2022', undefined, model)).toMatch(/^không có nguyên văn/);
    expect(locateQuote('2022', undefined, model)).toMatch(/^có trong 2 đoạn/);
  });

  it('tells an editor who copied Markdown marks into a quote to quote the words as read', () => {
    expect(locateQuote('cùng **ASTM** đã', undefined, model)).toMatch(/không có nguyên văn.*không có dấu Markdown hay thẻ HTML/);
    expect(locateQuote('cùng ASTM đã', undefined, model)).toEqual({ in: 'body', block: 0 });
  });
});
