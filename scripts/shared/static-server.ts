/**
 * Serves a built site on 127.0.0.1 for browser tests, the way a static host
 * would: directory URLs get index.html, unknown paths get 404.html with
 * status 404, an optional base path is honoured and optional extra headers
 * (e.g. a Content-Security-Policy) are sent with every response. Like the
 * usual static hosts, files carry an ETag and must be revalidated, so a
 * file asked for again is answered 304 Not Modified, without its body.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  /** Origin plus base path, ending in "/", e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  base?: string;
  headers?: Record<string, string>;
  /**
   * Told of each response once sent, with its status: what a browser really
   * downloaded (a 304 carries no body; browsers report such a revalidated
   * file as a 200 from their cache).
   */
  onResponse?: (pathname: string, status: number) => void;
  /** Told of each request as it arrives, whoever sent it (a page or its workers). */
  onRequest?: (pathname: string) => void;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticSite> {
  const base = options.base ?? '/';
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const { onResponse, onRequest } = options;
    onRequest?.(pathname);
    if (onResponse) response.once('finish', () => onResponse(pathname, response.statusCode));
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, rel);
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const found = existsSync(file) ? statSync(file) : undefined;
    const etag = found && status === 200 ? `"${found.size.toString(16)}-${found.mtimeMs.toString(16)}"` : undefined;
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(etag ? { etag, 'cache-control': 'public, max-age=0, must-revalidate' } : {}), ...options.headers };
    if (etag && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
    } else {
      response.writeHead(status, headers);
      if (found) createReadStream(file).pipe(response);
      else response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
