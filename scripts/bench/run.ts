/**
 * `npm run bench`: builds synthetic archives (1,000 and 10,000 articles, or
 * 60 with --quick) and the real site, measures build cost, page weight and
 * search cost, checks the budgets and writes the report (BENCHMARKS.md for a
 * full run). Timed budgets live here, never in `npm test`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runBenchmark } from './benchmark.ts';
import { checkBudgets } from './budgets.ts';
import { parseOptions } from './options.ts';
import { keptAnalysis, renderReport } from './report/report.ts';
import { parseResults } from './results.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const options = parseOptions(process.argv.slice(2), repoRoot);
// --from-json re-renders a report (after editing its analysis or format) without an hour of builds.
const results = options.fromJson ? parseResults(readFileSync(options.fromJson, 'utf8')) : await runBenchmark(options, repoRoot);

mkdirSync(dirname(options.reportFile), { recursive: true });
writeFileSync(options.reportFile, renderReport(results, keptAnalysis(options.reportFile)));
if (options.jsonFile) {
  mkdirSync(dirname(options.jsonFile), { recursive: true });
  writeFileSync(options.jsonFile, `${JSON.stringify(results, null, 2)}\n`);
}

const verdicts = checkBudgets(results);
for (const verdict of verdicts) {
  const mark = verdict.pass === undefined ? '  — ' : verdict.pass === 'informative' ? 'info' : verdict.pass ? '  ok' : 'FAIL';
  console.log(`${mark}  ${verdict.budget}: ${verdict.measured} (limit ${verdict.limit})`);
}
console.log(`\nReport written to ${relative(process.cwd(), options.reportFile)}`);
