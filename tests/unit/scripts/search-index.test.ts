/**
 * The Pagefind step of the build on tiny sites: one index per search
 * period, all in one bundle folder, and a stop with the file and the field
 * named when a period file, a listed page or an article's metadata is not
 * what the search page needs.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSite } from '../../../scripts/build/pagefind-index.ts';
import { parsePeriodFile, periodFileOf, type PeriodFile } from '../../../src/search/core/periods.ts';
import { searchArticleHtml, searchFieldsHtml } from '../../helpers/search-fixture-page.ts';

const FIELDS = { title: 'Xe điện', year: 2023, rank: 0 };
const TEXT = 'Pin xe điện và hệ thống sạc.';
/** An article page with every field Pagefind needs, or without the ones named. */
const page = (without: Parameters<typeof searchFieldsHtml>[1] = []) => searchArticleHtml(FIELDS, TEXT, searchFieldsHtml(FIELDS, without));

/** A period of the plan: its article ids, and the period file readers get. */
const period = (key: string, ids: string[]) => ({ ids, file: periodFileOf(key, ids.map(() => ({ title: 'Xe điện', year: Number(key.slice(0, 4)), topics: [], partners: [] }))) });

let site: string | undefined;
function makeSite(pages: Record<string, string>, periods: Record<string, { ids: string[]; file: PeriodFile | string }>): string {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  mkdirSync(join(site, 'tim-kiem', 'ky'), { recursive: true });
  for (const [key, { file }] of Object.entries(periods)) {
    writeFileSync(join(site, 'tim-kiem', 'ky', `${key}.json`), typeof file === 'string' ? file : JSON.stringify(file));
  }
  writeFileSync(join(site, 'tim-kiem', 'ky', 'bai-viet.json'), JSON.stringify(Object.fromEntries(Object.entries(periods).map(([key, { ids }]) => [key, ids]))));
  return site;
}

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('indexSite', () => {
  it('indexes each period on its own, into one bundle whose entry names every period', async () => {
    const dir = makeSite(
      { 'bai-viet/a': page(), 'bai-viet/b': page(), 'bai-viet/c': page(), 'nam/2023': '<html lang="vi"><body><h1>Năm 2023</h1></body></html>' },
      { 2023: period('2023', ['a', 'b']), 2022: period('2022', ['c']) },
    );
    await expect(indexSite(dir)).resolves.toEqual({ pages: 3, periods: 2 });
    // The plan was for the indexer alone.
    expect(existsSync(join(dir, 'tim-kiem', 'ky', 'bai-viet.json'))).toBe(false);
    const bundle = join(dir, 'pagefind');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([language, index]) => [language, index.page_count]))).toEqual({ 'vi-x-2023': 2, 'vi-x-2022': 1 });
    const files = readdirSync(bundle);
    expect(files).toContain('pagefind.js');
    expect(files.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(2);
    // Pagefind's own UI is not shipped: the site has its search page.
    expect(files.some((name) => name.includes('-ui'))).toBe(false);
    // Each period file names its pages' fragments, in rank order: the fragment of its first page is a's.
    for (const [key, ids] of [['2023', ['a', 'b']], ['2022', ['c']]] as const) {
      const file = parsePeriodFile(readFileSync(join(dir, 'tim-kiem', 'ky', `${key}.json`), 'utf8'), key);
      expect(file.fragments).toHaveLength(ids.length);
      const urls = file.fragments!.map((hash) => {
        const text = gunzipSync(readFileSync(join(bundle, 'fragment', `${hash}.pf_fragment`))).toString('utf8');
        return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
      });
      expect(urls).toEqual(ids.map((id) => `/bai-viet/${id}/`));
    }
    expect(readdirSync(join(dir, 'tim-kiem', 'ky')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('stops naming the page and the missing metadata', async () => {
    const dir = makeSite({ 'bai-viet/a': page(), 'bai-viet/b': page(['date']) }, { 2023: period('2023', ['a', 'b']) });
    await expect(indexSite(dir)).rejects.toThrow(/\/bai-viet\/b\/: no meta "date"/);
    // The period file is left as the build wrote it, without fragments of an index that failed.
    expect(JSON.parse(readFileSync(join(dir, 'tim-kiem', 'ky', '2023.json'), 'utf8'))).toEqual(period('2023', ['a', 'b']).file);
  }, 60_000);

  it('stops when the plan and a period file disagree', async () => {
    const dir = makeSite({ 'bai-viet/a': page() }, { 2023: { ids: ['a', 'b'], file: period('2023', ['a']).file } });
    await expect(indexSite(dir)).rejects.toThrow(/2023\.json: lists 1 articles, .*bai-viet\.json 2/);
  }, 60_000);

  it('stops naming the period file when a page it lists has no article body', async () => {
    const dir = makeSite({ 'bai-viet/a': page(), 'bai-viet/b': '<html lang="vi"><body><h1>B</h1></body></html>' }, { 2023: period('2023', ['a', 'b']) });
    await expect(indexSite(dir)).rejects.toThrow(/2023\.json: lists 2 articles, Pagefind indexed 1/);
  }, 60_000);

  it('stops naming the page a period file lists that was not built', async () => {
    const dir = makeSite({ 'bai-viet/a': page() }, { 2023: period('2023', ['a', 'missing']) });
    await expect(indexSite(dir)).rejects.toThrow(/bai-viet\/missing\/index\.html/);
  }, 60_000);

  it('stops naming the period file and the field that is broken, and writes no bundle', async () => {
    const dir = makeSite({ 'bai-viet/a': page() }, { 2023: { ids: ['a'], file: '{"key":"2023","topics":[],"partners":[],"pages":[[2,2023,[0],[]]]}' } });
    await expect(indexSite(dir)).rejects.toThrow(/2023\.json: pages\[0\] is not \[title words, year, topic positions, partner positions\]/);
    expect(existsSync(join(dir, 'pagefind'))).toBe(false);
  }, 60_000);
});
