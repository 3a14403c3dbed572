/**
 * A result's fragment read straight from Pagefind's file (src/search/browser/pagefind.ts,
 * fetchFragment()): gzip of Pagefind's signature and the page's JSON, as the
 * indexer writes it; the text as text, the URL under the site's base.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFragment } from '../../../src/search/browser/pagefind.ts';

const notUsed = () => Promise.reject(new Error('data() is not used'));

function serve(status: number, body: Uint8Array): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    return new Response(new Uint8Array(body), { status });
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchFragment', () => {
  it("reads the page's text and metadata from Pagefind's fragment file, zero-width spaces dropped as Pagefind's data() drops them", async () => {
    const page = { url: '/bai-viet/hoi-nghi/', content: 'Tiêu\u200B chuẩn <ISO> & đo lường', word_count: 4, meta: { title: 'Hội nghị', date: '24/1/2023', datetime: '2023-01-24' } };
    const asked = serve(200, gzipSync(`pagefind_dcd${JSON.stringify(page)}`));
    expect(await fetchFragment('vi_6dc0955', notUsed)).toEqual({ url: '/bai-viet/hoi-nghi/', content: 'Tiêu chuẩn <ISO> & đo lường', meta: page.meta });
    expect(asked).toEqual(['/pagefind/fragment/vi_6dc0955.pf_fragment']);
  });

  it('names the file when it is missing or is not a Pagefind fragment', async () => {
    serve(404, new Uint8Array());
    await expect(fetchFragment('vi_missing')).rejects.toThrow('/pagefind/fragment/vi_missing.pf_fragment: HTTP 404');
    serve(200, gzipSync('{"url":"/x/"}'));
    await expect(fetchFragment('vi_other')).rejects.toThrow('/pagefind/fragment/vi_other.pf_fragment: not a Pagefind fragment');
  });

  it("asks Pagefind's data() where the browser cannot gunzip, and says so when there is no way", async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const asked = serve(200, new Uint8Array());
    const page = { url: '/bai-viet/x/', content: 'Tiêu chuẩn', meta: { title: 'X' } };
    expect(await fetchFragment('vi_x', async () => page)).toEqual(page);
    expect(asked).toEqual([]);
    await expect(fetchFragment('vi_x')).rejects.toThrow('fragment vi_x: this browser cannot decompress it');
  });
});
