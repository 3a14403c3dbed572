/** Reads the built _headers file back, so browser tests serve the site with exactly the headers a host would send. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function builtSecurityHeaders(dist: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!.trim();
  }
  if (!headers['Content-Security-Policy']) throw new Error(`${dist}/_headers has no Content-Security-Policy`);
  return headers;
}
