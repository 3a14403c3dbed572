/**
 * The budgets, checked against one run's figures. Each verdict says what
 * was measured, at which size, and whether it passes; a budget whose figure
 * the run did not produce is "not measured", never a silent pass. The build
 * is judged against bare Astro built over the same articles in the same run:
 * Astro's own floor on this machine (BENCHMARKS.md says why).
 */
import { KB, count, gb, kb, ms, ratio } from './report/format.ts';
import { perArticleMs, wallSeconds, type BenchResults } from './results.ts';
import { searchVerdicts } from './search/search-budgets.ts';
import { judged, notMeasured, type Verdict } from './verdict.ts';

const TIMELINE = '/dong-thoi-gian/';

function pageVerdicts(results: BenchResults): Verdict[] {
  const largest = results.sites.at(-1)!;
  const at = `at ${count(largest.articles)}`;
  const verdicts: Verdict[] = [];
  const weights = largest.weights;
  if (weights) {
    const firstView = weights.heaviestFirstView.weight.gzip;
    const medianFirstView = weights.median.byKind.html.gzip + weights.median.byKind.css.gzip;
    const measured = `${kb(firstView)} ${at}, \`${weights.heaviestFirstView.path}\` (median page ${kb(medianFirstView)})`;
    verdicts.push(judged('Heaviest article page: first view, HTML + its CSS, gzip', 14 * KB, '≤ 14 KB', measured, { bytes: firstView }));
    const hasFonts = weights.heaviest.byKind.fonts.gzip > 0;
    const limit = hasFonts ? 100 : 40;
    const total = weights.heaviest.total.gzip;
    verdicts.push(judged(`Whole article page, gzip (${hasFonts ? 'with web fonts' : 'system fonts'})`, limit * KB, `≤ ${limit} KB`, `${kb(total)} ${at}`, { bytes: total }));
  }
  const timeline = largest.sections.find((section) => section.section === TIMELINE);
  const timelineName = 'Largest timeline page, HTML gzip';
  verdicts.push(
    timeline
      ? judged(timelineName, 15 * KB, '≤ 15 KB', `${kb(timeline.largestGzipBytes)} ${at}, \`${timeline.largestPath}\` (${count(timeline.pages)} timeline pages)`, { bytes: timeline.largestGzipBytes })
      : notMeasured(timelineName, '≤ 15 KB', `no ${TIMELINE} pages were built`),
  );
  const withScript = results.sites.flatMap((site) => site.scripts.pagesWithScript);
  const scanned = results.sites.reduce((sum, site) => sum + site.scripts.pagesScanned, 0);
  const example = withScript[0] ? `, e.g. ${withScript[0]}` : '';
  verdicts.push(judged('JavaScript on non-search pages', 0, '0 pages', `${count(withScript.length)} of ${count(scanned)} pages (all sizes) carry script${example}`, { pages: withScript.length }));
  return verdicts;
}

function buildVerdicts(results: BenchResults): Verdict[] {
  const { sites, bare } = results;
  const last = sites.length - 1;
  const at = `at ${count(sites[last]!.articles)}`;
  const verdicts: Verdict[] = [];
  const perArticle = perArticleMs(sites, last);
  const againstBare = 'astro build per article beyond start-up (CPU time) vs bare Astro';
  const memory = 'astro build peak memory (all processes, no heap flag) vs bare Astro';
  if (bare.length === sites.length) {
    const bareMs = perArticleMs(bare, last);
    const wall = `wall clock ${ms(perArticleMs(sites, last, wallSeconds))} vs ${ms(perArticleMs(bare, last, wallSeconds))}`;
    verdicts.push(judged(againstBare, 1.5, '≤ 1.5×', `${ratio(perArticle / bareMs)} (${ms(perArticle)} vs ${ms(bareMs)} ${at}; ${wall})`, { ratio: perArticle / bareMs }));
    const [ours, theirs] = [sites[last]!.astro.peakTreeBytes, bare[last]!.astro.peakTreeBytes];
    verdicts.push(judged(memory, 1.1, '≤ 1.1×', `${ratio(ours / theirs)} (${gb(ours)} vs ${gb(theirs)} ${at})`, { ratio: ours / theirs }));
  } else {
    verdicts.push(notMeasured(againstBare, '≤ 1.5×', 'bare Astro was not built at the largest size'), notMeasured(memory, '≤ 1.1×', 'bare Astro was not built at the largest size'));
  }
  const growthName = 'Per-article cost (CPU time), largest vs middle size';
  if (sites.length >= 3) {
    const middle = perArticleMs(sites, last - 1);
    const measured = `${ratio(perArticle / middle)} (${ms(perArticle)} vs ${ms(middle)} at ${count(sites[last - 1]!.articles)})`;
    verdicts.push(judged(growthName, 1.2, '≤ 1.2×', measured, { ratio: perArticle / middle }));
  } else {
    verdicts.push(notMeasured(growthName, '≤ 1.2×', 'needs three sizes'));
  }
  return verdicts;
}

export const checkBudgets = (results: BenchResults): Verdict[] => [...pageVerdicts(results), ...buildVerdicts(results), ...searchVerdicts(results)];
