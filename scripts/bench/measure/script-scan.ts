/**
 * JavaScript on the pages that should have none: every built HTML page except
 * the search page, scanned for executable <script> elements (inline or
 * external) and module preloads. Data blocks such as JSON-LD are not
 * JavaScript and do not count. A regular-expression scan keeps 10,000+
 * pages fast; it only has to find tags the site's own build emits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../../shared/sizes.ts';
import { SEARCH_PAGE } from '../search/search-bundles.ts';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*rel="?modulepreload/i;
const DATA_TYPE = /\btype="?(application\/(ld\+)?json|importmap|text\/template)/i;

export interface ScriptScan {
  pagesScanned: number;
  /** Pages (site paths) that load or carry JavaScript. */
  pagesWithScript: string[];
  /** Bytes of inline script text and referenced script files, summed over those pages (uncompressed). */
  scriptBytes: number;
}

function scriptBytesOf(siteRoot: string, html: string): number {
  let bytes = MODULE_PRELOAD.test(html) ? 1 : 0;
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (DATA_TYPE.test(attributes!)) continue;
    const source = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    // The benchmark builds with base "/", so a src is root-relative.
    const file = source?.startsWith('/') ? join(siteRoot, source) : undefined;
    const size = file && existsSync(file) ? readFileSync(file).length : Buffer.byteLength(body!);
    // At least 1, so that an empty or unresolved tag still counts as JavaScript.
    bytes += Math.max(1, size);
  }
  return bytes;
}

export function scanScripts(siteRoot: string): ScriptScan {
  const scan: ScriptScan = { pagesScanned: 0, pagesWithScript: [], scriptBytes: 0 };
  for (const file of filesBelow(siteRoot)) {
    if (!file.endsWith('.html') || file.startsWith(SEARCH_PAGE)) continue;
    scan.pagesScanned++;
    const bytes = scriptBytesOf(siteRoot, readFileSync(join(siteRoot, file), 'utf8'));
    if (bytes > 0) {
      scan.pagesWithScript.push(`/${file.replace(/index\.html$/, '')}`);
      scan.scriptBytes += bytes;
    }
  }
  return scan;
}
