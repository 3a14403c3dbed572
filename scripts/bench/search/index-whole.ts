/**
 * Child-process entry for the reference index: the whole built site in one
 * Pagefind pass, with Pagefind's Node API and no option but the language —
 * the engine used the plain way, which the search page is judged against.
 * Run apart from the project's own step so its time and peak memory are
 * measured the same way (timed-run.ts).
 *
 * Usage: node index-whole.ts <site dir> <output dir>
 */
import * as pagefind from 'pagefind';

const [siteDir, outputPath] = process.argv.slice(2);
if (!siteDir || !outputPath) throw new Error('usage: index-whole.ts <site dir> <output dir>');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', writePlayground: false });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  console.log(`Pagefind indexed ${added.page_count} pages in one pass into ${outputPath}.`);
} finally {
  await pagefind.close();
}
