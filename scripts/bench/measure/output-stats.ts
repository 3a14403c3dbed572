/** Size and file count of a built site. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { filesBelow } from '../../shared/sizes.ts';

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
