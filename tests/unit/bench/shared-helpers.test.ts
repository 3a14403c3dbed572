/** The helpers the benchmark and the build tests share: the folder walk and compressed sizes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliSize, filesBelow, gzipSize } from '../../../scripts/shared/sizes.ts';

const root = mkdtempSync(join(tmpdir(), 'stameq-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesBelow', () => {
  it('lists every file below a folder, not the folders, relative and sorted', () => {
    mkdirSync(join(root, 'b', 'c', 'empty'), { recursive: true });
    for (const file of ['z.html', 'b/index.html', 'b/c/x.css']) writeFileSync(join(root, file), 'x');
    expect(filesBelow(root)).toEqual(['b/c/x.css', 'b/index.html', 'z.html']);
    expect(filesBelow(`${root}/`)).toEqual(filesBelow(root));
  });
});

describe('compressed sizes', () => {
  it('are the sizes of real gzip (level 9) and brotli streams, smaller than repetitive text', () => {
    const text = Buffer.from('Tiêu chuẩn đo lường chất lượng. '.repeat(200));
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).equals(text)).toBe(true);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(brotliSize(text)).toBeLessThan(gzipSize(text));
  });
});
