/**
 * Child-process entry for the Pagefind step, so it is timed and its memory
 * measured apart from astro build: runs the project copy's own indexSite()
 * (scripts/build/pagefind-index.ts, what `npm run build` runs) over a built site.
 *
 * Usage: node index-site.ts <project dir> <site dir>
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [projectDir, siteDir] = process.argv.slice(2);
if (!projectDir || !siteDir) throw new Error('usage: index-site.ts <project dir> <site dir>');
const step = join(projectDir, 'scripts', 'build', 'pagefind-index.ts');
const { indexSite } = (await import(pathToFileURL(step).href)) as {
  indexSite: (dir: string) => Promise<{ pages: number }>;
};
const { pages } = await indexSite(siteDir);
console.log(`Pagefind indexed ${pages} pages.`);
