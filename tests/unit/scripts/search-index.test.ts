/**
 * The Pagefind step of the build on tiny sites: it indexes the article body
 * with its filters, and stops with the page and the missing field named
 * when an article lacks what the search page needs.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../../scripts/build/pagefind-index.ts';

const page = (fields: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>
  <nav>Trang chủ</nav>
  <article data-pagefind-body>${fields}<h1>Xe điện</h1><p>Pin xe điện và hệ thống sạc.</p></article>
</body></html>`;

const COMPLETE = `<data value="Xe điện" data-pagefind-meta="title[value]"></data>
  <data value="năm 2023" data-pagefind-meta="date[value]"></data>
  <data value="2023" data-pagefind-meta="datetime[value]"></data>
  <data value="2023" data-pagefind-filter="year[value]"></data>`;

let site: string | undefined;
function makeSite(pages: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  return site;
}

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('indexSite', () => {
  it('indexes the pages that have an article body, and counts them', async () => {
    const dir = makeSite({ 'bai-viet/a': page(COMPLETE), 'nam/2023': '<html lang="vi"><body><h1>Năm 2023</h1></body></html>' });
    await expect(indexSite(dir)).resolves.toEqual({ pages: 1 });
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
  }, 60_000);

  it('stops naming the page and the missing metadata or filter', async () => {
    const dir = makeSite({ 'bai-viet/a': page(COMPLETE), 'bai-viet/b': page(COMPLETE.replace(/.*year.*\n?/, '').replace(/.*"date\[value\]".*\n?/, '')) });
    await expect(indexSite(dir)).rejects.toThrow(/\/bai-viet\/b\/: no meta "date", filter "year"/);
  }, 60_000);
});
