/**
 * What the importer keeps under content/sources/: the input exactly as
 * given and, when the capture page could not show it as it is (a web page,
 * a Word file, text in another encoding or form), the text as read beside
 * it as <name>.van-ban.txt. A file already there with the same bytes is
 * reused; one with other bytes refuses the import.
 */
import { basename, extname } from 'node:path';
import { ImportError } from './errors.ts';
import { normalizeText } from './read/decode.ts';

const encoder = new TextEncoder();
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, index) => byte === b[index]);

export interface Provenance {
  /** The input's file name under content/sources/. */
  originalName: string;
  /** The file the draft names as its capture. */
  captureName: string;
  captureText: string;
  /** Files to write (none for a file already there). */
  files: { path: string; bytes: Uint8Array }[];
}

export function provenance(fileName: string, bytes: Uint8Array, extractedText: string, sourceFile: (name: string) => Uint8Array | undefined): Provenance {
  const originalName = basename(fileName);
  const textIsOriginal = extname(fileName).toLowerCase() === '.txt' && sameBytes(encoder.encode(extractedText), bytes);
  const captureName = textIsOriginal ? originalName : `${basename(fileName, extname(fileName))}.van-ban.txt`;
  const captureText = normalizeText(extractedText);
  const files: Provenance['files'] = [];
  const keep = (name: string, content: Uint8Array) => {
    const existing = sourceFile(name);
    if (existing && !sameBytes(existing, content)) throw new ImportError(`content/sources/${name}: đã có một tệp khác cùng tên; hãy đổi tên tệp cần nhập.`);
    if (!existing) files.push({ path: `content/sources/${name}`, bytes: content });
  };
  keep(originalName, bytes);
  if (!textIsOriginal) keep(captureName, encoder.encode(captureText));
  return { originalName, captureName, captureText, files };
}
