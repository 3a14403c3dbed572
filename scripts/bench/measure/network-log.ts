/**
 * Counts what a browser context downloads from the served site. Sizes come
 * from the built files themselves, not from browser byte counters (those
 * report 0 for some worker scripts): exact for a plain static server, and
 * "as served with gzip" is what a host compressing text would send —
 * Pagefind's index files are gzip already and count as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface Downloaded {
  requests: number;
  /** Bytes of the files as a static server without compression sends them. */
  bytes: number;
  /** Bytes with text compressed by gzip (level 9), pre-compressed files as they are. */
  gzipBytes: number;
  /** gzip-host bytes by kind of file: scripts, wasm, index, filter, fragment, other. */
  gzipByKind: Record<string, number>;
  paths: string[];
}

const isGzip = (content: Buffer) => content[0] === 0x1f && content[1] === 0x8b;

/** What a downloaded file is for, from Pagefind's folder layout. */
function kindOf(path: string): string {
  if (path.endsWith('.js')) return 'scripts';
  const folder = /^pagefind\/(index|filter|fragment)\//.exec(path)?.[1];
  if (folder) return folder;
  return path.includes('wasm') ? 'wasm' : 'other';
}

/** Weighs downloaded site paths by the files they were served from. */
export function weigh(siteRoot: string, paths: readonly string[]): Downloaded {
  const totals: Downloaded = { requests: paths.length, bytes: 0, gzipBytes: 0, gzipByKind: {}, paths: [...paths] };
  for (const path of paths) {
    const file = join(siteRoot, decodeURIComponent(path), path === '' || path.endsWith('/') ? 'index.html' : '');
    // A missing file is answered with the 404 page, as the static server does.
    const content = readFileSync(existsSync(file) ? file : join(siteRoot, '404.html'));
    const served = isGzip(content) ? content.length : gzipSync(content, { level: 9 }).length;
    totals.bytes += content.length;
    totals.gzipBytes += served;
    totals.gzipByKind[kindOf(path)] = (totals.gzipByKind[kindOf(path)] ?? 0) + served;
  }
  return totals;
}

export function networkLog(context: BrowserContext, siteUrl: string) {
  const finished: string[] = [];
  let inflight = 0;
  context.on('request', () => inflight++);
  context.on('requestfailed', () => inflight--);
  context.on('requestfinished', (request) => {
    inflight--;
    if (request.url().startsWith(siteUrl)) finished.push(new URL(request.url()).pathname.slice(new URL(siteUrl).pathname.length));
  });
  let mark = 0;
  return {
    /** Site paths of the requests finished since the previous call. */
    take(): string[] {
      const paths = finished.slice(mark);
      mark = finished.length;
      return paths;
    },
    /** Resolves once no request has been in flight for `quietMs`. */
    async idle(quietMs = 800, timeoutMs = 60_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      let quietSince = Date.now();
      while (Date.now() - quietSince < quietMs) {
        if (Date.now() > deadline) throw new Error(`the network did not settle within ${timeoutMs / 1000} s`);
        if (inflight > 0) quietSince = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
