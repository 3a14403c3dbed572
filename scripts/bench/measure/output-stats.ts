/** Size and file count of a built site, and the walk other measurements share. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `root`, as paths relative to it with "/" separators. */
export function filesBelow(root: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else found.push(relative(root, full).split('\\').join('/'));
    }
  };
  visit(root);
  return found.sort();
}

export interface OutputStats {
  files: number;
  bytes: number;
  htmlPages: number;
  /** Bytes of the Pagefind folder (index, fragments, scripts). */
  pagefindBytes: number;
}

export function outputStats(root: string): OutputStats {
  const stats: OutputStats = { files: 0, bytes: 0, htmlPages: 0, pagefindBytes: 0 };
  for (const file of filesBelow(root)) {
    const size = statSync(join(root, file)).size;
    stats.files++;
    stats.bytes += size;
    if (file.endsWith('.html')) stats.htmlPages++;
    if (file.startsWith('pagefind/')) stats.pagefindBytes += size;
  }
  return stats;
}
