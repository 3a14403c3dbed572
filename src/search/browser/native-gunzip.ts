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

/** The response's body gunzipped as it arrives, if it is gzip (its first two bytes 1f 8b); any other response as it is. */
export async function gunzipped(response: Response): Promise<Response> {
  if (!response.ok || !response.body) return response;
  const reader = response.body.getReader();
  const head = await readAtLeast(reader, 2);
  const body = prepend(head, reader);
  const isGzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const headers = new Headers(response.headers);
  if (isGzip) headers.delete('content-length');
  return new Response(isGzip ? body.pipeThrough(new DecompressionStream('gzip')) : body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Chunks from `reader`, joined, until there are `count` bytes or the body ends. */
async function readAtLeast(reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>, count: number): Promise<Uint8Array<ArrayBuffer>> {
  let head = new Uint8Array(0);
  while (head.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    const joined = new Uint8Array(head.length + value.length);
    joined.set(head);
    joined.set(value, head.length);
    head = joined;
  }
  return head;
}

/** `head`, then the rest of what `reader` reads. */
function prepend(head: Uint8Array<ArrayBuffer>, reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      if (head.length > 0) controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
