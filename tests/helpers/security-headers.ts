/** Reads the built _headers file back, so browser tests serve the site with exactly the headers a host would send. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The headers of the block for every file (`/*`, or `/luu-tru/*` under a base);
 * blocks for narrower paths (the captures' Content-Type) are left to those paths.
 */
export function builtSecurityHeaders(dist: string): Record<string, string> {
  const blocks: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\//.test(line)) blocks.push({ pattern: line.trim(), headers: {} });
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match && blocks.length > 0) blocks.at(-1)!.headers[match[1]!] = match[2]!.trim();
  }
  const headers = blocks.find((block) => /^\/(?:[^*]+\/)?\*$/.test(block.pattern))?.headers ?? {};
  if (!headers['Content-Security-Policy']) throw new Error(`${dist}/_headers has no Content-Security-Policy for every file`);
  return headers;
}
