/**
 * Bytes of a text input (a .txt capture or a saved page) to the text the
 * importer works on: byte-order mark gone, LF line ends, NFC. Text that is
 * not valid UTF-8 is refused unless --encoding names its encoding (read
 * through iconv-lite: windows-1258 is common in older Vietnamese files).
 */
import iconv from 'iconv-lite';
import { ImportError } from '../errors.ts';

/** NUL bytes or many control characters: a binary file (an image, a zip), not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.1;
}

/** The text as the draft will hold it: LF line ends and composed (NFC) Vietnamese letters. */
export const normalizeText = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');

export function decodeText(bytes: Uint8Array, file: string, encoding?: string): string {
  if (bytes.length === 0 || bytes.every((byte) => byte === 0x20 || (byte >= 9 && byte <= 13))) throw new ImportError(`${file}: tệp rỗng, không có gì để nhập.`);
  if (looksBinary(bytes)) throw new ImportError(`${file}: không phải tệp văn bản (tệp nhị phân); hãy nhập tệp .txt, .html/.htm hoặc .docx.`);
  if (encoding) {
    if (!iconv.encodingExists(encoding)) throw new ImportError(`${file}: không biết bảng mã “${encoding}” (--encoding), ví dụ đúng: --encoding windows-1258.`);
    return normalizeText(iconv.decode(Buffer.from(bytes), encoding));
  }
  try {
    return normalizeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ImportError(`${file}: không phải văn bản UTF-8 hợp lệ; nếu tệp dùng bảng mã khác, hãy ghi rõ, ví dụ --encoding windows-1258.`);
  }
}
