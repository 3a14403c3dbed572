/**
 * Pagefind gzips the files of its bundle and inflates each one it fetches in
 * JavaScript (pagefind.js: decompress()), and every period's instance
 * fetches and inflates the engine's wasm again. At 10,000 articles that
 * inflate cost each search worker about 90 ms of CPU before the complete
 * answer (issue 18). Wrapped by withNativeGunzip, the worker's fetch hands
 * Pagefind these files already gunzipped by the browser (DecompressionStream,
 * native and off the JavaScript thread), and the engine fetched and inflated
 * once per worker. decompress() finds its signature at the head of the data
 * and skips its own inflate.
 */

export type Fetcher = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** The bundle's gzipped files that Pagefind inflates itself; fragments are fetched by the page (pagefind.ts: fetchFragment). */
const INFLATED_BY_PAGEFIND = /(?:\/wasm\.[^/]+\.pagefind|\.pf_(?:meta|index|filter))$/;
/** The engine, the same file for every period's instance. */
const ENGINE = /\/wasm\.[^/]+\.pagefind$/;

/** A response that was not the file: handed back to every caller (as a copy) to fail as Pagefind fails it. */
class NotTheFile extends Error {
  readonly response: Response;
  constructor(response: Response) {
    super(`HTTP ${response.status}`);
    this.response = response;
  }
}

/** `fetcher`, with Pagefind's gzipped files gunzipped natively and the engine fetched once; `base` resolves a relative address. */
export function withNativeGunzip(fetcher: Fetcher, base: string): Fetcher {
  const engines = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

  const engine = (url: string, input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let bytes = engines.get(url);
    if (!bytes) {
      bytes = fetcher(input, init).then(async (response) => {
        if (!response.ok) throw new NotTheFile(response);
        return new Uint8Array(await (await gunzipped(response)).arrayBuffer());
      });
      engines.set(url, bytes);
      // A failed fetch is not kept: the next instance asks again.
      bytes.catch(() => engines.delete(url));
    }
    return bytes.then(
      (wasm) => new Response(wasm, { headers: { 'content-type': 'application/octet-stream' } }),
      (error: unknown) => (error instanceof NotTheFile ? error.response.clone() : Promise.reject(error)),
    );
  };

  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), base);
    if (!INFLATED_BY_PAGEFIND.test(url.pathname)) return fetcher(input, init);
    if (ENGINE.test(url.pathname)) return engine(url.href, input, init);
    return fetcher(input, init).then(gunzipped);
  };
}

/**
 * The response with its body gunzipped, if it is gzip (its first two bytes
 * 1f 8b); any other response as it is. The body is read whole first:
 * Pagefind reads it whole anyway (arrayBuffer()).
 */
export async function gunzipped(response: Response): Promise<Response> {
  if (!response.ok || !response.body) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  init.headers.delete('content-length');
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')), init);
}
