import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/content/glossary.ts';
import { rehypeAbbr } from '../../../src/markdown/rehype-abbr.ts';

const entries = [
  { term: 'ISO', expansion: 'Tổ chức Tiêu chuẩn hóa quốc tế' },
  { term: 'ISO SMART', expansion: 'Chương trình tiêu chuẩn máy đọc được của ISO' },
  { term: 'TCĐLCL', expansion: 'Tiêu chuẩn Đo lường Chất lượng', english: 'STAMEQ' },
  { term: 'KH&CN', expansion: 'Khoa học và Công nghệ' },
  { term: 'CE', expansion: 'Nền kinh tế tuần hoàn' },
];

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeAbbr({ entries })(tree);
  return toHtml(tree);
}

describe('rehypeAbbr', () => {
  it('marks only the first use of each term, with its expansion (and English) as the title', () => {
    expect(run('<p>Tổng cục TCĐLCL và ISO.</p><p>ISO và TCĐLCL lần nữa.</p>')).toBe(
      '<p>Tổng cục <abbr title="Tiêu chuẩn Đo lường Chất lượng (STAMEQ)">TCĐLCL</abbr> và <abbr title="Tổ chức Tiêu chuẩn hóa quốc tế">ISO</abbr>.</p><p>ISO và TCĐLCL lần nữa.</p>',
    );
  });

  it('matches whole tokens only: not inside a longer word nor glued to the next word', () => {
    expect(run('<p>ISOxyz, QUACERT, TCĐLCLvà; rồi (CE) và TCĐLCL.</p>')).toBe(
      '<p>ISOxyz, QUACERT, TCĐLCLvà; rồi (<abbr title="Nền kinh tế tuần hoàn">CE</abbr>) và <abbr title="Tiêu chuẩn Đo lường Chất lượng (STAMEQ)">TCĐLCL</abbr>.</p>',
    );
  });

  it('prefers the longer term where both start, and reads terms with symbols', () => {
    expect(run('<p>Chương trình ISO SMART của Bộ KH&amp;CN.</p>')).toContain(
      '<abbr title="Chương trình tiêu chuẩn máy đọc được của ISO">ISO SMART</abbr> của Bộ <abbr title="Khoa học và Công nghệ">KH&#x26;CN</abbr>',
    );
  });

  it('leaves headings and links alone and marks the next use in the text instead', () => {
    expect(run('<h2>Về ISO</h2><p><a href="/x">ISO</a> và ISO.</p>')).toBe(
      '<h2>Về ISO</h2><p><a href="/x">ISO</a> và <abbr title="Tổ chức Tiêu chuẩn hóa quốc tế">ISO</abbr>.</p>',
    );
  });

  it('never changes the text a reader sees', () => {
    const html = '<p>TCĐLCL (ISO), KH&amp;CN; CE.</p><figure><figcaption>ISO SMART và TCĐLCLvà</figcaption></figure>';
    const before = toString(fromHtml(html, { fragment: true }));
    const tree = fromHtml(html, { fragment: true });
    rehypeAbbr({ entries })(tree);
    expect(toString(tree)).toBe(before);
    expect(toHtml(tree).match(/<abbr/g)).toHaveLength(5);
  });

  it('reads the real glossary, with its multi-word and symbol terms', () => {
    const terms = readGlossary().map((entry) => entry.term);
    expect(terms).toEqual(expect.arrayContaining(['TCĐLCL', 'KH&CN', 'ISO SMART', 'EU ARISE +']));
  });
});
