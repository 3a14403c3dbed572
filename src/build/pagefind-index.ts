/**
 * Builds the Pagefind search index for a built site, through Pagefind's Node
 * API so the options live in code next to the rest of the build.
 *
 * Only article pages are indexed: their <article data-pagefind-body> holds
 * the title and text (the byline is marked data-pagefind-ignore), and
 * SearchIndexFields.astro adds the year / topic / partner filters, the date
 * sort and the metadata results show. Vietnamese matching (tone marks, d/đ)
 * is done at search time: src/lib/search/ and src/scripts/search/.
 */
import * as pagefind from 'pagefind';

/** Every indexed page must carry these, or the search page cannot show or filter it. */
const REQUIRED_META = ['title', 'date', 'datetime'] as const;

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({
    // The site is Vietnamese throughout; one index, no per-page language guessing.
    forceLanguage: 'vi',
    // The playground would publish a debugging UI on the live site.
    writePlayground: false,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no page: is <article data-pagefind-body> still on the article pages?');
    await checkRecords(index);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Reads the built fragments back and names any page missing its metadata or year filter. */
async function checkRecords(index: pagefind.PagefindIndex): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length > 0) throw new Error(`Pagefind could not list its files: ${errors.join('; ')}`);
  const { gunzipSync } = await import('node:zlib');
  const problems: string[] = [];
  for (const file of files.filter((candidate) => candidate.path.endsWith('.pf_fragment'))) {
    const text = gunzipSync(file.content).toString('utf8');
    // Fragments start with a "pagefind_dcd" signature before the JSON.
    const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
    const missing = [...REQUIRED_META.filter((key) => !record.meta[key]), ...(record.filters.year?.length ? [] : ['year filter'])];
    if (missing.length > 0) problems.push(`${record.url}: no ${missing.join(', ')}`);
  }
  if (problems.length > 0) throw new Error(`Search index incomplete (see SearchIndexFields.astro):\n  ${problems.join('\n  ')}`);
}
