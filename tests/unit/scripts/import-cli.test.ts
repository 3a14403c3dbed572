/**
 * `npm run import`'s script in a throw-away copy of content/: a good input
 * writes the draft, its capture and its images; a refused one prints one
 * line, exits non-zero and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/shared/content-files.ts';
import { PNG, savedPage } from '../import/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'stameq-import-'));
cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'import', 'import.ts'), ...args], { cwd: root, encoding: 'utf8' });
const listing = () => ['articles', 'sources'].flatMap((folder) => readdirSync(join(root, 'content', folder), { recursive: true }).map((name) => `${folder}/${String(name)}`)).sort();

describe('npm run import', () => {
  it('refuses a missing file with one line and writes nothing', () => {
    const before = listing();
    const result = run('khong-co.txt');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe('✗ khong-co.txt: không có tệp này.');
    expect(listing()).toEqual(before);
  });

  it('prints its usage for --help, and names a wrong option in Vietnamese, in one line', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout.trim()).toMatch(/^Cách dùng: npm run import -- <tệp/);
    const unknown = run('bai.docx', '--ma', 'x');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr.trim()).toMatch(/^✗ Không có tùy chọn “--ma”\. Cách dùng: npm run import/);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const missing = run('bai.docx', '--id');
    expect(missing.stderr.trim()).toMatch(/^✗ Tùy chọn “--id” cần một giá trị\. Cách dùng:/);
  });

  it('refuses an id already taken, writing nothing (not even the source)', () => {
    writeFileSync(join(root, 'moi.txt'), 'Tiêu đề hoàn toàn mới\n\nMột câu hoàn toàn mới cho lưu trữ.\n');
    const before = listing();
    const result = run('moi.txt', '--id', 'dien-dan-iso-chau-a-thai-binh-duong-thang-2-2022');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(listing()).toEqual(before);
  });

  it('writes the draft, the page, its text and its picture from a saved page', () => {
    mkdirSync(join(root, 'trang_files'));
    writeFileSync(join(root, 'trang.html'), savedPage);
    writeFileSync(join(root, 'trang_files', 'anh 1.png'), PNG);
    const result = run('trang.html', '--id', 'lam-viec-iso-xe-dien');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Đã viết bản nháp content/articles/lam-viec-iso-xe-dien.md');
    expect(listing()).toEqual(
      expect.arrayContaining(['articles/lam-viec-iso-xe-dien.md', 'articles/lam-viec-iso-xe-dien/anh-1.png', 'sources/trang.html', 'sources/trang.van-ban.txt']),
    );
    expect(listing().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
