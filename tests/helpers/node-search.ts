/**
 * The search page's own engine (ArchiveSearch over PeriodIndex) run under
 * Node against a built site's real Pagefind bundle: `fetch` of a site path
 * reads the file under the site folder, and a minimal `document` gives
 * Pagefind the <html lang> that names a period (pagefind.ts sets it). Pagefind
 * finds no Worker under Node and searches in the calling thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArchiveSearch, type SearchProgress } from '../../src/search/browser/engine.ts';
import type { PagefindModule } from '../../src/search/browser/pagefind.ts';
import { PeriodIndex } from '../../src/search/browser/period-index.ts';
import { PagefindPeriods } from '../../src/search/browser/period-engine.ts';
import type { PeriodSummary } from '../../src/search/core/periods.ts';
import { parseQuery } from '../../src/search/core/query.ts';
import { parseSearchState } from '../../src/search/core/url-state.ts';
import { paths } from '../../src/urls/paths.ts';

const local = (path: string) => path.replace(/^\//, '');

function installShims(siteDir: string): void {
  const attributes = new Map<string, string>([['lang', 'vi']]);
  const html = {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  };
  Object.assign(globalThis, {
    document: { documentElement: html, currentScript: null, querySelector: (selector: string) => (selector === 'html' ? html : null) },
    fetch: async (input: string | URL) => {
      const path = decodeURIComponent(new URL(String(input), 'http://site.invalid/').pathname);
      try {
        return new Response(readFileSync(join(siteDir, local(path))));
      } catch {
        return new Response(null, { status: 404 });
      }
    },
  });
}

export interface NodeSearch {
  periods: PeriodIndex[];
  /** The synonym groups the search page carries (data-search-synonyms). */
  synonyms: string[][];
  /** Runs a search as the page does (a query string as in the URL) and returns its last answer. */
  search: (query: string) => Promise<SearchProgress>;
  /** The article URL of a result id ("<period>/<rank>"). */
  urlOf: (id: string) => Promise<string>;
}

export async function nodeSearch(siteDir: string): Promise<NodeSearch> {
  installShims(siteDir);
  const bundle = pathToFileURL(join(siteDir, local(paths.searchIndex()), 'pagefind.js')).href;
  let module: Promise<PagefindModule> | undefined;
  const pagefind = () => (module ??= import(/* @vite-ignore */ bundle) as Promise<PagefindModule>);
  const page = readFileSync(join(siteDir, local(paths.search()), 'index.html'), 'utf8');
  const attribute = /data-search-periods="([^"]*)"/.exec(page)?.[1];
  if (attribute === undefined) throw new Error(`${siteDir}: the search page has no data-search-periods`);
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const summaries = JSON.parse(decode(attribute)) as PeriodSummary[];
  const synonyms = JSON.parse(decode(/data-search-synonyms="([^"]*)"/.exec(page)?.[1] ?? '[]')) as string[][];
  const pagefindPeriods = new PagefindPeriods(pagefind, true);
  const periods = summaries.map((summary) => new PeriodIndex(summary, pagefindPeriods));
  const engine = new ArchiveSearch(periods, synonyms);
  const byKey = new Map(periods.map((period) => [period.summary.key, period]));
  return {
    periods,
    synonyms,
    urlOf: async (id) => {
      const [key, rank] = id.split('/');
      return (await byKey.get(key!)!.fragment(Number(rank))).url;
    },
    search: async (query) => {
      const state = parseSearchState(new URLSearchParams({ q: query }));
      let last: SearchProgress | undefined;
      await engine.run(state, parseQuery(state.query), async (progress) => void (last = progress), () => true);
      if (!last) throw new Error(`no answer for "${query}"`);
      return last;
    },
  };
}
