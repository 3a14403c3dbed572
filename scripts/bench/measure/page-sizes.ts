/**
 * How big the site's pages grow, per section (the first path segment: home,
 * articles, topics, years, partners, timeline, search...): page count and the
 * largest page, so a listing that stops paginating or a timeline that puts
 * thousands of events on one page shows up at 10,000 articles. Also the size
 * of each data download, which grows with the archive by design.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow, gzipSize } from '../../shared/sizes.ts';

export interface SectionSize {
  /** "/" for the home page, otherwise "/<first segment>/". */
  section: string;
  pages: number;
  largestPath: string;
  largestBytes: number;
  largestGzipBytes: number;
}

export function pageSizesBySection(siteRoot: string): SectionSize[] {
  const sections = new Map<string, { pages: number; largest: string; bytes: number }>();
  for (const file of filesBelow(siteRoot)) {
    if (!file.endsWith('index.html')) continue;
    const path = `/${file.replace(/index\.html$/, '')}`;
    const section = path === '/' ? '/' : `/${path.split('/')[1]}/`;
    const bytes = statSync(join(siteRoot, file)).size;
    const entry = sections.get(section) ?? { pages: 0, largest: path, bytes: 0 };
    entry.pages++;
    if (bytes > entry.bytes) Object.assign(entry, { largest: path, bytes });
    sections.set(section, entry);
  }
  return [...sections]
    .map(([section, { pages, largest, bytes }]) => ({
      section,
      pages,
      largestPath: largest,
      largestBytes: bytes,
      largestGzipBytes: gzipSize(readFileSync(join(siteRoot, largest, 'index.html'))),
    }))
    .sort((a, b) => a.section.localeCompare(b.section));
}

export interface DownloadSize {
  /** File name under /du-lieu/. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every data download (/du-lieu/*.csv and *.json, schemas aside), raw and compressed. */
export function downloadSizes(siteRoot: string): DownloadSize[] {
  const dir = join(siteRoot, 'du-lieu');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.(csv|json)$/.test(file) && !file.endsWith('.schema.json'))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzipBytes: gzipSize(content) };
    });
}
