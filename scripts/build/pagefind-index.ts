/**
 * Builds the search index for a built site: one Pagefind index per search
 * period (src/search/core/periods.ts), each made with Pagefind's Node API
 * from the articles the period's file lists, all written into one bundle
 * folder (pagefind-bundle.ts). Indexing a period at a time keeps Pagefind's
 * memory to one period's worth however large the archive grows.
 *
 * Only article pages are indexed: their <article data-pagefind-body> holds
 * the title and text (the byline is marked data-pagefind-ignore), and
 * SearchIndexFields.astro adds the metadata results show and the rank.
 * Vietnamese matching (tone marks, d/đ) is done at search time:
 * src/search/core/ and src/search/browser/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parsePeriodFile, periodLanguage, type PeriodFile } from '../../src/search/core/periods.ts';
import { paths } from '../../src/urls/paths.ts';
import { BundleWriter } from './pagefind-bundle.ts';

/** Every indexed page must carry these, or the search page cannot show it. */
const REQUIRED_META = ['title', 'date', 'datetime'] as const;

const relative = (path: string) => path.replace(/^\//, '');

function readPeriods(siteDir: string): { file: PeriodFile; where: string }[] {
  const folder = join(siteDir, dirname(relative(paths.searchPeriod('any'))));
  const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  if (names.length === 0) throw new Error(`no search period files in ${folder}`);
  return names.map((name) => {
    const where = join(folder, name);
    return { file: parsePeriodFile(readFileSync(where, 'utf8'), where), where };
  });
}

async function indexPeriod(siteDir: string, period: PeriodFile, where: string): Promise<pagefind.IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({
    // The site is Vietnamese throughout; no per-page language guessing.
    forceLanguage: 'vi',
    // The playground would publish a debugging UI on the live site.
    writePlayground: false,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const [id] of period.pages) {
      const url = paths.article(id);
      const page = join(siteDir, relative(url), 'index.html');
      const added = await index.addHTMLFile({ url, content: readFileSync(page, 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page} (listed in ${where}): ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index of ${where}: ${written.errors.join('; ')}`);
    return written.files;
  } finally {
    await index.deleteIndex();
  }
}

export async function indexSite(siteDir: string): Promise<{ pages: number; periods: number }> {
  const periods = readPeriods(siteDir);
  const folder = join(siteDir, relative(paths.searchIndex()));
  rmSync(folder, { recursive: true, force: true });
  const bundle = new BundleWriter(folder);
  try {
    for (const { file, where } of periods) {
      const indexed = bundle.add(await indexPeriod(siteDir, file, where), periodLanguage(file.key), where);
      if (indexed !== file.pages.length) {
        throw new Error(`${where}: lists ${file.pages.length} articles, Pagefind indexed ${indexed} (is <article data-pagefind-body> still on the article pages?)`);
      }
    }
    bundle.finish();
  } finally {
    await pagefind.close();
  }
  return { pages: checkRecords(folder), periods: periods.length };
}

interface FragmentRecord {
  url: string;
  meta: Record<string, string>;
}

/** Reads the written page records back; names each page that lacks what search needs. Returns how many there are. */
function checkRecords(folder: string): number {
  const directory = join(folder, 'fragment');
  const files = readdirSync(directory).filter((name) => name.endsWith('.pf_fragment'));
  const problems: string[] = [];
  for (const name of files) {
    const text = gunzipSync(readFileSync(join(directory, name))).toString('utf8');
    // A fragment is a short signature followed by the page record as JSON.
    const record = JSON.parse(text.slice(text.indexOf('{'))) as FragmentRecord;
    const missing = REQUIRED_META.filter((key) => !record.meta[key]).map((key) => `meta "${key}"`);
    if (missing.length > 0) problems.push(`${record.url}: no ${missing.join(', ')}`);
  }
  if (problems.length > 0) throw new Error(`Search index incomplete (see src/components/SearchIndexFields.astro):\n  ${problems.join('\n  ')}`);
  return files.length;
}
