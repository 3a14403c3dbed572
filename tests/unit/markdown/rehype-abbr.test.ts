import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/content/glossary.ts';
import { rehypeAbbr } from '../../../src/markdown/rehype-abbr.ts';
import { joinBase, paths } from '../../../src/urls/paths.ts';

const entries = [
  { term: 'ISO', expansion: 'Tổ chức Tiêu chuẩn hóa quốc tế' },
  { term: 'ISO SMART', expansion: 'Chương trình tiêu chuẩn máy đọc được của ISO' },
  { term: 'TCĐLCL', expansion: 'Tiêu chuẩn Đo lường Chất lượng', english: 'STAMEQ' },
  { term: 'KH&CN', expansion: 'Khoa học và Công nghệ' },
  { term: 'CE', expansion: 'Nền kinh tế tuần hoàn' },
];

// A sub-path deploy: the links must carry the base.
const glossaryHref = (term: string) => joinBase('/luu-tru/', paths.glossaryTerm(term));

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeAbbr({ entries, glossaryHref })(tree);
  return toHtml(tree);
}

/** A first use as the plugin writes it: a link to the entry, named with the expansion. */
const linked = (id: string, label: string, text: string) =>
  `<a href="/luu-tru/thuat-ngu/#thuat-ngu-${id}" class="abbr-link" aria-label="${label}"><abbr>${text}</abbr></a>`;
const iso = linked('iso', 'ISO – Tổ chức Tiêu chuẩn hóa quốc tế', 'ISO');
const stameq = linked('tcdlcl', 'TCĐLCL – Tiêu chuẩn Đo lường Chất lượng', 'TCĐLCL');

describe('rehypeAbbr', () => {
  it('links only the first use of each term to its entry, the expansion in the link name', () => {
    expect(run('<p>Tổng cục TCĐLCL và ISO.</p><p>ISO và TCĐLCL lần nữa.</p>')).toBe(
      `<p>Tổng cục ${stameq} và ${iso}.</p><p>ISO và TCĐLCL lần nữa.</p>`,
    );
  });

  it('matches whole tokens only: not inside a longer word nor glued to the next word', () => {
    expect(run('<p>ISOxyz, QUACERT, TCĐLCLvà; rồi (CE) và TCĐLCL.</p>')).toBe(
      `<p>ISOxyz, QUACERT, TCĐLCLvà; rồi (${linked('ce', 'CE – Nền kinh tế tuần hoàn', 'CE')}) và ${stameq}.</p>`,
    );
  });

  it('prefers the longer term where both start, and reads terms with symbols', () => {
    expect(run('<p>Chương trình ISO SMART của Bộ KH&amp;CN.</p>')).toContain(
      `${linked('iso-smart', 'ISO SMART – Chương trình tiêu chuẩn máy đọc được của ISO', 'ISO SMART')} của Bộ ${linked('kh-cn', 'KH&#x26;CN – Khoa học và Công nghệ', 'KH&#x26;CN')}`,
    );
  });

  it('leaves headings and links alone and marks the next use in the text instead', () => {
    expect(run('<h2>Về ISO</h2><p><a href="/x">ISO</a> và ISO.</p>')).toBe(
      `<h2>Về ISO</h2><p><a href="/x">ISO</a> và ${iso}.</p>`,
    );
  });

  it('never changes the text a reader sees', () => {
    const html = '<p>TCĐLCL (ISO), KH&amp;CN; CE.</p><figure><figcaption>ISO SMART và TCĐLCLvà</figcaption></figure>';
    const before = toString(fromHtml(html, { fragment: true }));
    const tree = fromHtml(html, { fragment: true });
    rehypeAbbr({ entries, glossaryHref })(tree);
    expect(toString(tree)).toBe(before);
    expect(toHtml(tree).match(/<a href[^>]*><abbr/g)).toHaveLength(5);
  });

  it('gives every real glossary term an entry id of its own', () => {
    const ids = readGlossary().map((entry) => paths.glossaryTerm(entry.term));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the real glossary, with its multi-word and symbol terms', () => {
    const terms = readGlossary().map((entry) => entry.term);
    expect(terms).toEqual(expect.arrayContaining(['TCĐLCL', 'KH&CN', 'ISO SMART', 'EU ARISE +']));
  });
});
