import { describe, expect, it } from 'vitest';
import { locateQuote, markdownBlocks } from '../../src/lib/text-blocks';

const body = [
  'Ngày 27/10/2022, tại Hà Nội, Tổng cục cùng ASTM đã tổ chức hội thảo.',
  '## Đề cao vai trò của tiêu chuẩn hóa',
  '<figure class="photo-caption"><figcaption>Bộ KH&amp;CN ký kết MOU.</figcaption></figure>',
  'Năm 2022, các hoạt động hợp tác quốc tế đã sôi động trở lại.',
].join('\n\n');

describe('markdownBlocks', () => {
  it('gives reader-visible text: no tags, no heading marks, entities decoded', () => {
    expect(markdownBlocks(body)).toEqual([
      'Ngày 27/10/2022, tại Hà Nội, Tổng cục cùng ASTM đã tổ chức hội thảo.',
      'Đề cao vai trò của tiêu chuẩn hóa',
      'Bộ KH&CN ký kết MOU.',
      'Năm 2022, các hoạt động hợp tác quốc tế đã sôi động trở lại.',
    ]);
  });
});

describe('locateQuote', () => {
  it('finds the block that holds a quote', () => {
    expect(locateQuote('Năm 2022, các hoạt động', undefined, body)).toEqual({ in: 'body', block: 3 });
    expect(locateQuote('Bộ KH&CN ký kết', undefined, body)).toEqual({ in: 'body', block: 2 });
  });

  it('finds a quote in the lead', () => {
    expect(locateQuote('Tháng 9/2015', 'Tháng 9/2015, Liên Hợp Quốc', body)).toEqual({ in: 'lead' });
  });

  it('explains a missing or ambiguous quote', () => {
    expect(locateQuote('Ngày 28/10/2022', undefined, body)).toMatch(/not found word for word/);
    expect(locateQuote('2022', undefined, body)).toMatch(/appears in 2 paragraphs/);
  });
});
