/**
 * `npm run audit`: Lighthouse with its mobile settings on the audited pages of
 * the built site (OUT_DIR, else dist/ — run `npm run build` first), all four
 * categories, written to tests/reports/lighthouse.md and committed, so a
 * change that costs performance shows in review. The test suite asserts the
 * timing-free categories; performance depends on the machine, so it is only
 * reported here (target 100).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditedPages } from './audited-pages.ts';
import { projectRoot } from '../shared/content-files.ts';
import { defaultDist, requireDist } from '../../tests/helpers/dist.ts';
import { auditUrls, categories } from './lighthouse.ts';
import { serveStatic } from '../shared/static-server.ts';
import { lighthouseReport } from './lighthouse-report.ts';

const REPORT = join(projectRoot, 'tests', 'reports', 'lighthouse.md');

requireDist();
const site = await serveStatic(defaultDist);
try {
  const pages = auditedPages();
  const audits = await auditUrls(
    pages.map((page) => new URL(page.path.slice(1), site.url).href),
    categories,
  );
  const report = lighthouseReport(pages, audits, new Date().toISOString().slice(0, 10));
  writeFileSync(REPORT, report);
  console.log(`${report}\nWritten to ${REPORT}`);
} finally {
  await site.close();
}
