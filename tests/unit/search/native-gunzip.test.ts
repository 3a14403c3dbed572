/**
 * The search worker's fetch (src/search/browser/native-gunzip.ts): Pagefind's
 * gzipped files handed over gunzipped, so that its decompress() finds its
 * signature and skips its JavaScript inflate; the engine fetched once for
 * every period; everything else untouched.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipped, withNativeGunzip, type Fetcher } from '../../../src/search/browser/native-gunzip.ts';

const BASE = 'https://example.test/luu-tru/_astro/search-worker.js';
const signed = (text: string) => new TextEncoder().encode(`pagefind_dcd${text}`);

/** A server of `files` (by path) that records what it was asked; `chunk` splits each body into pieces of that many bytes. */
function server(files: Record<string, { status?: number; body: Uint8Array }>, chunk = 1 << 16) {
  const asked: string[] = [];
  const responses: Response[] = [];
  const fetcher: Fetcher = async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), BASE);
    asked.push(url.pathname);
    const file = files[url.pathname];
    const bytes = file?.body ?? new Uint8Array(0);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
        controller.close();
      },
    });
    const response = new Response(body, { status: file ? (file.status ?? 200) : 404, headers: { 'content-length': String(bytes.length) } });
    responses.push(response);
    return response;
  };
  return { asked, responses, fetcher };
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('withNativeGunzip', () => {
  it("hands over a period's meta, index and filter chunks gunzipped, signature first, without the gzip's length", async () => {
    const files = {
      '/luu-tru/pagefind/pagefind.vi_2023.pf_meta': { body: gzipSync(signed('meta')) },
      '/luu-tru/pagefind/index/vi_abc.pf_index': { body: gzipSync(signed('index')) },
      '/luu-tru/pagefind/filter/vi_def.pf_filter': { body: gzipSync(signed('filter')) },
    };
    const { fetcher } = server(files);
    const fetch = withNativeGunzip(fetcher, BASE);
    for (const [path, want] of [['/luu-tru/pagefind/pagefind.vi_2023.pf_meta', 'meta'], ['../pagefind/index/vi_abc.pf_index', 'index'], ['https://example.test/luu-tru/pagefind/filter/vi_def.pf_filter', 'filter']] as const) {
      const response = await fetch(path);
      expect(response.ok).toBe(true);
      expect(response.headers.get('content-length')).toBeNull();
      expect(await bytesOf(response)).toEqual(signed(want));
    }
  });

  it('reads the gzip signature across chunks of one byte', async () => {
    const { fetcher } = server({ '/luu-tru/pagefind/index/vi_1.pf_index': { body: gzipSync(signed('x'.repeat(5000))) } }, 1);
    const response = await withNativeGunzip(fetcher, BASE)(new Request('https://example.test/luu-tru/pagefind/index/vi_1.pf_index'));
    expect(await bytesOf(response)).toEqual(signed('x'.repeat(5000)));
  });

  it('hands over a file that is not gzip (a host that already inflated it) as it came, for Pagefind to read', async () => {
    const { fetcher } = server({ '/luu-tru/pagefind/pagefind.vi.pf_meta': { body: signed('plain') } }, 3);
    const response = await withNativeGunzip(fetcher, BASE)('/luu-tru/pagefind/pagefind.vi.pf_meta');
    expect(await bytesOf(response)).toEqual(signed('plain'));
    expect(response.headers.get('content-length')).toBe(String(signed('plain').length));
  });

  it("leaves every other file to the fetcher, untouched: Pagefind's script, its entry and the fragments the page reads", async () => {
    const { fetcher, responses, asked } = server({
      '/luu-tru/pagefind/pagefind.js': { body: new TextEncoder().encode('export {}') },
      '/luu-tru/pagefind/pagefind-entry.json': { body: new TextEncoder().encode('{}') },
      '/luu-tru/pagefind/fragment/vi_1.pf_fragment': { body: gzipSync(signed('{}')) },
    });
    const fetch = withNativeGunzip(fetcher, BASE);
    for (const path of ['/luu-tru/pagefind/pagefind.js', '/luu-tru/pagefind/pagefind-entry.json?ts=1', '/luu-tru/pagefind/fragment/vi_1.pf_fragment']) {
      expect(await fetch(path)).toBe(responses.at(-1) ?? 'none');
    }
    expect(asked).toHaveLength(3);
  });

  it('fetches and inflates the engine once for every instance that asks, at once or later, each given the whole of it', async () => {
    const wasm = gzipSync(signed('\0asm'.repeat(10_000)));
    const { fetcher, asked } = server({ '/luu-tru/pagefind/wasm.vi.pagefind': { body: wasm } }, 1000);
    const fetch = withNativeGunzip(fetcher, BASE);
    const atOnce = await Promise.all([1, 2, 3].map(() => fetch('/luu-tru/pagefind/wasm.vi.pagefind')));
    const later = await fetch('/luu-tru/pagefind/wasm.vi.pagefind');
    for (const response of [...atOnce, later]) expect(await bytesOf(response)).toEqual(signed('\0asm'.repeat(10_000)));
    expect(asked).toEqual(['/luu-tru/pagefind/wasm.vi.pagefind']);
  });

  it("keeps one engine per language's file", async () => {
    const { fetcher, asked } = server({
      '/luu-tru/pagefind/wasm.vi.pagefind': { body: gzipSync(signed('vi')) },
      '/luu-tru/pagefind/wasm.unknown.pagefind': { body: gzipSync(signed('unknown')) },
    });
    const fetch = withNativeGunzip(fetcher, BASE);
    expect(await bytesOf(await fetch('/luu-tru/pagefind/wasm.unknown.pagefind'))).toEqual(signed('unknown'));
    expect(await bytesOf(await fetch('/luu-tru/pagefind/wasm.vi.pagefind'))).toEqual(signed('vi'));
    expect(asked).toHaveLength(2);
  });

  it("hands every waiting instance the engine's failed response to fail on, and fetches again when asked next", async () => {
    const files: Record<string, { status?: number; body: Uint8Array }> = { '/luu-tru/pagefind/wasm.vi.pagefind': { status: 503, body: new TextEncoder().encode('busy') } };
    const { fetcher, asked } = server(files);
    const fetch = withNativeGunzip(fetcher, BASE);
    const failed = await Promise.all([fetch('/luu-tru/pagefind/wasm.vi.pagefind'), fetch('/luu-tru/pagefind/wasm.vi.pagefind')]);
    expect(failed.map((response) => response.status)).toEqual([503, 503]);
    expect(await failed[1]!.text()).toBe('busy');
    files['/luu-tru/pagefind/wasm.vi.pagefind'] = { body: gzipSync(signed('ok')) };
    expect(await bytesOf(await fetch('/luu-tru/pagefind/wasm.vi.pagefind'))).toEqual(signed('ok'));
    expect(asked).toHaveLength(2);
  });

  it('rejects every waiting instance when the network fails, and fetches again when asked next', async () => {
    let calls = 0;
    const fetcher: Fetcher = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(gzipSync(signed('ok')));
    };
    const fetch = withNativeGunzip(fetcher, BASE);
    const settled = await Promise.allSettled([fetch('/luu-tru/pagefind/wasm.vi.pagefind'), fetch('/luu-tru/pagefind/wasm.vi.pagefind')]);
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await bytesOf(await fetch('/luu-tru/pagefind/wasm.vi.pagefind'))).toEqual(signed('ok'));
    expect(calls).toBe(2);
  });
});

describe('gunzipped', () => {
  it('passes a failed response by, unread', async () => {
    const failed = new Response('gone', { status: 404 });
    expect(await gunzipped(failed)).toBe(failed);
  });

  it('keeps an empty body empty', async () => {
    expect(await bytesOf(await gunzipped(new Response(new Uint8Array(0))))).toEqual(new Uint8Array(0));
  });
});
