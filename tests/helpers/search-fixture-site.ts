/**
 * A copy of the built site whose articles, search periods and search index
 * are made-up ones, for what three real articles cannot show (ranking
 * between near-homographs, long result lists, several periods). The pages
 * carry what SearchIndexFields.astro gives Pagefind (search-fixture-page.ts); the period files and
 * the search page's period list are written as the data module writes
 * them; the index is made by the build's own indexSite().
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { indexSite } from '../../scripts/build/pagefind-index.ts';
import { periodFileOf, type IndexPlan, type PeriodSummary } from '../../src/search/core/periods.ts';
import { paths } from '../../src/urls/paths.ts';
import { defaultDist, requireDist } from './dist.ts';
import { searchArticleHtml, type FixturePage } from './search-fixture-page.ts';

export type { FixturePage };

export interface FixturePeriod {
  key: string;
  /** The one year of the period's pages. */
  year: number;
  /** Newest first. */
  pages: FixturePage[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const local = (path: string) => path.replace(/^\//, '');

/** Writes the fixture site into a new temporary folder and returns it. Years must be ones the real search page offers. */
export async function searchFixtureSite(periods: readonly FixturePeriod[]): Promise<string> {
  requireDist();
  const root = mkdtempSync(join(tmpdir(), 'search-fixture-'));
  const replaced = [paths.searchIndex(), '/bai-viet/', dirname(paths.searchPeriod('any'))].map((path) => join(defaultDist, local(path)).replace(/[/\\]$/, ''));
  cpSync(defaultDist, root, { recursive: true, filter: (source) => !replaced.includes(source) });
  for (const period of periods) {
    period.pages.forEach((page, rank) => {
      const file = join(root, local(paths.article(page.id)), 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, searchArticleHtml({ title: page.title, year: period.year, rank }, page.text));
    });
    const file = periodFileOf(period.key, period.pages.map((page) => ({ title: page.title, year: period.year, topics: page.topics ?? [], partners: page.partners ?? [] })));
    const target = join(root, local(paths.searchPeriod(period.key)));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(file));
  }
  const plan: IndexPlan = Object.fromEntries(periods.map((period) => [period.key, period.pages.map((page) => page.id)]));
  writeFileSync(join(root, local(paths.searchIndexPlan())), JSON.stringify(plan));
  const summaries: PeriodSummary[] = periods.map((period) => ({ key: period.key, from: period.year, to: period.year, articles: period.pages.length }));
  const searchPage = join(root, local(paths.search()), 'index.html');
  const html = readFileSync(searchPage, 'utf8');
  const patched = html.replace(/data-search-periods="[^"]*"/, `data-search-periods="${escapeHtml(JSON.stringify(summaries))}"`);
  if (patched === html) throw new Error(`${searchPage} has no data-search-periods attribute`);
  writeFileSync(searchPage, patched);
  await indexSite(root);
  return root;
}
