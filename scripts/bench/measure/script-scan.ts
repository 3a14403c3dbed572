/**
 * JavaScript on the pages that should have none: every built HTML page except
 * the search page, scanned for executable <script> elements (inline or
 * external) and module preloads. Data blocks such as JSON-LD are not
 * JavaScript and do not count. A regular-expression scan keeps 10,000+
 * pages fast; it only has to find tags the site's own build emits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../../shared/sizes.ts';
import { SEARCH_PAGE } from '../search/search-bundles.ts';

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const MODULE_PRELOAD = /<link\b[^>]*rel="?modulepreload/i;
const DATA_TYPE = /\btype="?(application\/(ld\+)?json|importmap|text\/template)/i;

export interface ScriptScan {
  pagesScanned: number;
  /** Pages (site paths) that load or carry JavaScript. */
  pagesWithScript: string[];
}

const carriesScript = (html: string) => MODULE_PRELOAD.test(html) || [...html.matchAll(SCRIPT_TAG)].some(([, attributes]) => !DATA_TYPE.test(attributes!));

export function scanScripts(siteRoot: string): ScriptScan {
  const pages = filesBelow(siteRoot).filter((file) => file.endsWith('.html') && !file.startsWith(SEARCH_PAGE));
  const pagesWithScript = pages.filter((file) => carriesScript(readFileSync(join(siteRoot, file), 'utf8'))).map((file) => `/${file.replace(/index\.html$/, '')}`);
  return { pagesScanned: pages.length, pagesWithScript };
}
