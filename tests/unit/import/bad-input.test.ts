/** Each bad input is refused with one Vietnamese line (an ImportError) before anything is written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/import/errors.ts';
import { importCapture, type ImportRequest } from '../../../src/import/import-capture.ts';
import { projectRoot } from '../../../scripts/shared/content-files.ts';
import { legacyBytes } from './fixtures.ts';
import { projectWithout } from './draft-helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const refusal = async (request: ImportRequest, project = projectWithout()) => {
  const error = await importCapture(request, project).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  const message = (error as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
};

describe('bad input', () => {
  it('an empty file', async () => {
    expect(await refusal({ fileName: 'rong.txt', bytes: encode(' \n\n') })).toBe('rong.txt: tệp rỗng, không có gì để nhập.');
    expect(await refusal({ fileName: 'rong.docx', bytes: new Uint8Array() })).toContain('tệp rỗng');
  });

  it('a binary file', async () => {
    const png = readFileSync(join(projectRoot, 'public', 'og-default.png'));
    expect(await refusal({ fileName: 'anh.txt', bytes: new Uint8Array(png) })).toContain('không phải tệp văn bản');
  });

  it('text that is not UTF-8, without --encoding: the message names the option', async () => {
    expect(await refusal({ fileName: 'cu.txt', bytes: legacyBytes() })).toBe(
      'cu.txt: không phải văn bản UTF-8 hợp lệ; nếu tệp dùng bảng mã khác, hãy ghi rõ, ví dụ --encoding windows-1258.',
    );
    expect(await refusal({ fileName: 'cu.txt', bytes: legacyBytes(), encoding: 'klingon' })).toContain('không biết bảng mã “klingon”');
  });

  it('a Word file that is not one', async () => {
    expect(await refusal({ fileName: 'hong.docx', bytes: encode('không phải zip') })).toContain('không đọc được tệp Word');
  });

  it('a kind of file it does not read', async () => {
    expect(await refusal({ fileName: 'bang.pdf', bytes: encode('%PDF-1.4 văn bản') })).toContain('chỉ nhận .txt, .html/.htm và .docx');
  });

  it('an id already taken, or not a slug', async () => {
    const bytes = encode('Tiêu đề mới hoàn toàn\n\nMột câu văn mới hoàn toàn chưa có trong lưu trữ.\n');
    const taken = 'dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022';
    expect(await refusal({ fileName: 'moi.txt', bytes, id: taken })).toBe(`content/articles/${taken}.md: mã bài “${taken}” đã có; hãy chọn mã khác bằng --id.`);
    expect(await refusal({ fileName: 'moi.txt', bytes, id: 'Bài Mới' })).toContain('--id “Bài Mới”');
  });

  it('an article already in the archive, naming it', async () => {
    const bytes = readFileSync(join(projectRoot, 'content', 'sources', '003_aab8bb436449aba4.txt'));
    expect(await refusal({ fileName: 'ban-sao.txt', bytes: new Uint8Array(bytes) })).toBe(
      'ban-sao.txt: bài này đã có trong kho lưu trữ (15/15 câu có trong content/articles/dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022.md).',
    );
  });

  it('a source file of the same name with other content', async () => {
    const bytes = encode('Một tiêu đề khác\n\nMột câu văn khác hẳn, chưa có ở đâu.\n');
    expect(await refusal({ fileName: '003_aab8bb436449aba4.txt', bytes })).toContain('content/sources/003_aab8bb436449aba4.txt: đã có một tệp khác cùng tên');
  });
});
