/**
 * Builds the Pagefind search index for a built site, through Pagefind's Node
 * API so the options live in code next to the rest of the build.
 *
 * Only article pages are indexed: their <article data-pagefind-body> holds
 * the title and text (the byline is marked data-pagefind-ignore), and
 * SearchIndexFields.astro adds the year / topic / partner filters, the date
 * sort and the metadata results show. Vietnamese matching (tone marks, d/đ)
 * is done at search time: src/search/core/ and src/search/browser/.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Every indexed page must carry these, or the search page cannot show, filter or sort it. */
const REQUIRED_META = ['title', 'date', 'datetime'] as const;
const REQUIRED_FILTERS = ['year'] as const;

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({
    // The site is Vietnamese throughout; one index, no per-page language guessing.
    forceLanguage: 'vi',
    // The playground would publish a debugging UI on the live site.
    writePlayground: false,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const outputPath = join(siteDir, 'pagefind');
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: await checkRecords(outputPath) };
}

interface FragmentRecord {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Reads the written page records back; names each page that lacks what search needs. Returns how many there are. */
async function checkRecords(outputPath: string): Promise<number> {
  const directory = join(outputPath, 'fragment');
  const files = (await readdir(directory)).filter((name) => name.endsWith('.pf_fragment'));
  if (files.length === 0) throw new Error('Pagefind indexed no page: is <article data-pagefind-body> still on the article pages?');
  const problems: string[] = [];
  for (const name of files) {
    const text = gunzipSync(await readFile(join(directory, name))).toString('utf8');
    // A fragment is a short signature followed by the page record as JSON.
    const record = JSON.parse(text.slice(text.indexOf('{'))) as FragmentRecord;
    const missing = [
      ...REQUIRED_META.filter((key) => !record.meta[key]).map((key) => `meta "${key}"`),
      ...REQUIRED_FILTERS.filter((key) => !record.filters[key]?.length).map((key) => `filter "${key}"`),
    ];
    if (missing.length > 0) problems.push(`${record.url}: no ${missing.join(', ')}`);
  }
  if (problems.length > 0) throw new Error(`Search index incomplete (see src/components/SearchIndexFields.astro):\n  ${problems.join('\n  ')}`);
  return files.length;
}
