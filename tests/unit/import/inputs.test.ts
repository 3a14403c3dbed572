/** Each kind of input the importer takes, with fixtures the tests make (tests/unit/import/fixtures.ts). */
import { describe, expect, it } from 'vitest';
import { captureSentences } from '../../../src/content/capture-text.ts';
import { importCapture, type ImportResult } from '../../../src/import/import-capture.ts';
import * as fixtures from './fixtures.ts';
import { projectWithout, readDraft } from './draft-helpers.ts';

const project = projectWithout();
const text = (result: ImportResult, path: string) => new TextDecoder().decode(result.files.find((file) => file.path === path)!.bytes);

describe('a saved web page with its site chrome', async () => {
  const bytes = new TextEncoder().encode(fixtures.savedPage);
  const result = await importCapture({ fileName: 'trang.html', bytes, besideInput: fixtures.pageFiles }, project);
  const draft = readDraft(result);

  it('keeps the page byte for byte and its extracted text as the capture', () => {
    expect(result.files.find((file) => file.path === 'content/sources/trang.html')!.bytes).toEqual(bytes);
    expect(draft.data.source.capture).toBe('trang.van-ban.txt');
    expect(text(result, 'content/sources/trang.van-ban.txt').split('\n')).toContain(fixtures.PAGE_PARAGRAPHS[0]);
  });

  it('takes the title, date, source and partners from the page', () => {
    expect(draft.data.title).toBe('Làm việc với ISO về tiêu chuẩn xe điện');
    expect(draft.data.titleEditorial).toBe(false);
    expect(draft.data.published.date).toMatchObject({ year: 2024, month: 6, day: 6, hour: 8, minute: 30, precision: 'minute' });
    expect(draft.data.source).toMatchObject({ name: 'Báo Thử', url: 'https://www.baothu.vn/lam-viec-iso.html', site: 'https://www.baothu.vn' });
    expect(draft.data.partners).toContain('iso');
    expect(result.id).toBe('lam-viec-voi-iso-ve-tieu-chuan-xe-dien');
  });

  it('keeps every sentence, the heading, the list and the caption, and none of the chrome', () => {
    for (const paragraph of fixtures.PAGE_PARAGRAPHS) expect(draft.text).toContain(paragraph);
    expect(draft.body.blocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'heading', text: fixtures.PAGE_HEADING }),
        expect.objectContaining({ kind: 'caption', text: fixtures.PAGE_CAPTION }),
        expect.objectContaining({ kind: 'list-item', text: 'Trao đổi về tiêu chuẩn pin.' }),
      ]),
    );
    for (const chrome of ['Trang chủ', 'Tin tức', 'Liên hệ', 'Facebook', 'Lượt xem', 'Tin liên quan', 'Bài khác', 'Bản quyền', 'tracking', 'chrome', 'Tìm']) {
      expect(draft.markdown.split('\n---\n')[1]).not.toContain(chrome);
    }
    expect(result.report.join('\n')).toMatch(/Chia sẻ: Facebook \| Zalo[\s\S]*Lượt xem: 1\.234/);
  });

  it('lists the furniture it left out, so the capture’s every other sentence is in the draft', () => {
    const capture = text(result, 'content/sources/trang.van-ban.txt');
    expect(draft.data.source.furniture).toEqual(expect.arrayContaining(['Chia sẻ: Facebook | Zalo', 'Tin liên quan']));
    expect(captureSentences(capture, draft.data.source.furniture).filter((sentence) => !draft.text.includes(sentence))).toEqual([]);
    expect(result.report).toContain(`Đối chiếu với bản lưu: ${captureSentences(capture, draft.data.source.furniture).length}/${captureSentences(capture, draft.data.source.furniture).length} câu của bản lưu có trong bài.`);
  });

  it('copies the picture beside the draft, references it where it stood, and reports the one it cannot read', () => {
    const image = `content/articles/${result.id}/anh-1.png`;
    expect(result.files.find((file) => file.path === image)!.bytes).toEqual(fixtures.PNG);
    expect(draft.markdown).toContain(`![${fixtures.PAGE_CAPTION}](./${result.id}/anh-1.png)`);
    expect(draft.markdown.indexOf('anh-1.png)')).toBeLessThan(draft.markdown.indexOf(fixtures.PAGE_HEADING));
    expect(draft.markdown).not.toContain('mat.jpg');
    expect(result.report.join('\n')).toContain('Không đọc được ảnh “trang_files/mat.jpg”');
    expect(draft.markdown).toContain('KIỂM TRA văn bản thay thế');
  });

  it('proposes the organisations it does not know as a YAML stub, not as ids', () => {
    const report = result.report.join('\n');
    expect(report).toContain('Viện Đo lường Quốc gia Hàn Quốc (KRISS)');
    expect(report).toContain('- id: kriss');
    expect(draft.data.partners).not.toContain('kriss');
  });
});

describe('a Word file with a title style and a picture', async () => {
  const bytes = await fixtures.wordFile();
  const result = await importCapture({ fileName: 'thong-cao.docx', bytes }, project);
  const draft = readDraft(result);

  it('takes its title from the Title style and keeps headings, paragraphs and the caption', () => {
    expect(draft.data.title).toBe(fixtures.WORD_TITLE);
    for (const paragraph of fixtures.WORD_PARAGRAPHS) expect(draft.text).toContain(paragraph);
    expect(draft.body.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', fixtures.WORD_PARAGRAPHS[0]],
      ['caption', fixtures.WORD_CAPTION],
      ['heading', 'Kết quả chính'],
      ['paragraph', fixtures.WORD_PARAGRAPHS[1]],
    ]);
    expect(draft.data.partners).toEqual(['apo']);
  });

  it('copies its picture beside the draft and keeps the file and its text under content/sources/', () => {
    expect(result.files.find((file) => file.path === `content/articles/${result.id}/anh-1.png`)!.bytes).toEqual(fixtures.PNG);
    expect(result.files.find((file) => file.path === 'content/sources/thong-cao.docx')!.bytes).toEqual(bytes);
    expect(text(result, 'content/sources/thong-cao.van-ban.txt').split('\n')[0]).toBe(fixtures.WORD_TITLE);
  });

  it('infers an approximate month from the dates it reports, with a dating note', () => {
    expect(draft.data.published).toMatchObject({ date: { year: 2025, month: 3, precision: 'month' }, approximate: true });
    expect(draft.data.notes.map((note) => note.kind)).toContain('dating');
  });
});

describe('text in other encodings and forms', () => {
  it('reads Windows-1258 with --encoding, and keeps the original bytes beside the UTF-8 text', async () => {
    const bytes = fixtures.legacyBytes();
    const result = await importCapture({ fileName: 'cu.txt', bytes, encoding: 'windows-1258' }, project);
    const draft = readDraft(result);
    expect(draft.data.title).toBe('Hội nghị đo lường khu vực');
    expect(draft.text).toContain('Ngày 3/4/2019, đoàn Việt Nam dự hội nghị của APO tại Tokyo.');
    expect(result.files.find((file) => file.path === 'content/sources/cu.txt')!.bytes).toEqual(bytes);
    expect(text(result, 'content/sources/cu.van-ban.txt')).toBe(fixtures.LEGACY_TEXT);
  });

  it('turns CRLF, NFD and a byte-order mark into LF and NFC', async () => {
    const result = await importCapture({ fileName: 'nfd.txt', bytes: fixtures.nfdBytes() }, project);
    const draft = readDraft(result);
    expect(draft.markdown).not.toContain('\r');
    expect(draft.markdown.normalize('NFC')).toBe(draft.markdown);
    expect(draft.data.title).toBe('Tiêu đề có dấu tách rời');
    expect(text(result, 'content/sources/nfd.van-ban.txt')).toBe(fixtures.NFD_TEXT.replace(/\r\n/g, '\n'));
  });
});
