/**
 * Compressed sizes as a static host pre-compressing its files would serve
 * them (gzip level 9, brotli quality 11), and the one folder walk: shared by
 * the benchmark and the tests that read a build.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (content: Buffer | string): number => gzipSync(content, { level: 9 }).length;

export const brotliSize = (content: Buffer): number =>
  brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }).length;

/** Every file below `root` (not folders), relative to it with "/" separators, sorted. */
export function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
