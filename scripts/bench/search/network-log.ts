/**
 * Counts what a browser context downloads from the served site. What was
 * sent comes from the static server itself: a file asked for again in the
 * same visit is revalidated (304, no body), which a browser reports as a 200
 * from its cache. Sizes come from the built files themselves, not from
 * browser byte counters (those report 0 for some worker scripts): exact for
 * a plain static server, and "as served with gzip" is what a host
 * compressing text would send — Pagefind's index files are gzip already and
 * count as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { gzipSize } from '../../shared/sizes.ts';

/** One response of the server: a site path (no leading "/") and its status. */
export interface Served {
  path: string;
  status: number;
}

export interface Downloaded {
  /** Responses, revalidations included. */
  requests: number;
  /** Of which 304 Not Modified: a round trip for a file already fetched in this visit, without its body. */
  revalidated: number;
  /** Bytes of the files as a static server without compression sends them. */
  bytes: number;
  /** Bytes with text compressed by gzip (level 9), pre-compressed files as they are. */
  gzipBytes: number;
  /** gzip-host bytes by kind of file: scripts, wasm, meta, index, filter, fragment, other. */
  gzipByKind: Record<string, number>;
  /** Site paths of the responses, in order. */
  paths: string[];
}

const isGzip = (content: Buffer) => content[0] === 0x1f && content[1] === 0x8b;

/** What a downloaded file is for, from Pagefind's folder layout (the site's bundle or the reference, pagefind-whole/). */
function kindOf(path: string): string {
  if (path.endsWith('.js')) return 'scripts';
  const folder = /^pagefind[^/]*\/(index|filter|fragment)\//.exec(path)?.[1];
  if (folder) return folder;
  // The page list of an index: Pagefind loads it before any word's chunk.
  if (path.endsWith('.pf_meta')) return 'meta';
  return path.includes('wasm') ? 'wasm' : 'other';
}

/** Weighs the server's responses by the files they were served from. */
export function weigh(siteRoot: string, responses: readonly Served[]): Downloaded {
  const totals: Downloaded = { requests: responses.length, revalidated: 0, bytes: 0, gzipBytes: 0, gzipByKind: {}, paths: responses.map(({ path }) => path) };
  for (const { path, status } of responses) {
    if (status === 304) {
      totals.revalidated++;
      continue;
    }
    const file = join(siteRoot, path, path === '' || path.endsWith('/') ? 'index.html' : '');
    // A missing file is answered with the 404 page, as the static server does.
    const content = readFileSync(existsSync(file) ? file : join(siteRoot, '404.html'));
    const served = isGzip(content) ? content.length : gzipSize(content);
    totals.bytes += content.length;
    totals.gzipBytes += served;
    totals.gzipByKind[kindOf(path)] = (totals.gzipByKind[kindOf(path)] ?? 0) + served;
  }
  return totals;
}

/** Collects the responses of a site served at `base` (serveStatic's onResponse). */
export function responseRecorder(base = '/') {
  const responses: Served[] = [];
  return { responses, onResponse: (pathname: string, status: number) => void responses.push({ path: pathname.slice(base.length), status }) };
}

export type ResponseRecorder = ReturnType<typeof responseRecorder>;
export type NetworkLog = ReturnType<typeof networkLog>;

/** The responses sent while this context is open (contexts take turns on the server), and when its network is idle. */
export function networkLog(context: BrowserContext, recorder: ResponseRecorder) {
  let inflight = 0;
  context.on('request', () => inflight++);
  context.on('requestfailed', () => inflight--);
  context.on('requestfinished', () => inflight--);
  let mark = recorder.responses.length;
  return {
    /** The responses sent since the previous call. */
    take(): Served[] {
      const taken = recorder.responses.slice(mark);
      mark = recorder.responses.length;
      return taken;
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
