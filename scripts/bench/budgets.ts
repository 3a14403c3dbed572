/**
 * The issue's budgets, checked against one run's figures. Each verdict says
 * what was measured, at which size, and whether it passes; a budget whose
 * figure the run did not produce is "not measured", never a silent pass.
 */
import { GB, KB, count, gb, kb, ms, ratio } from './report/format.ts';
import { perArticleMs, wallSeconds, type BenchResults } from './results.ts';
import { searchVerdicts } from './search/search-budgets.ts';

export interface Verdict {
  budget: string;
  limit: string;
  measured: string;
  /** undefined: the run could not measure it (said in `measured`); 'informative': reported, not judged. */
  pass: boolean | 'informative' | undefined;
}

const verdict = (budget: string, limit: string, measured: string, pass: boolean | undefined): Verdict => ({ budget, limit, measured, pass });

export function checkBudgets(results: BenchResults): Verdict[] {
  const largest = results.sites.at(-1)!;
  const at = `at ${count(largest.articles)}`;
  const verdicts: Verdict[] = [];
  const weights = largest.weights;
  if (weights) {
    const firstView = weights.heaviestFirstView.weight.gzip;
    const medianFirstView = weights.median.byKind.html.gzip + weights.median.byKind.css.gzip;
    verdicts.push(
      verdict('Article page HTML + its CSS, gzip (heaviest sampled page)', '≤ 14 KB', `${kb(firstView)} ${at} (median page ${kb(medianFirstView)})`, firstView <= 14 * KB),
    );
    const hasFonts = weights.heaviest.byKind.fonts.gzip > 0;
    const limit = hasFonts ? 100 : 40;
    verdicts.push(
      verdict(`Whole article page, gzip (${hasFonts ? 'with web fonts' : 'system fonts'})`, `≤ ${limit} KB`, `${kb(weights.heaviest.total.gzip)} ${at}`, weights.heaviest.total.gzip <= limit * KB),
    );
  }
  const withScript = results.sites.flatMap((site) => site.scripts.pagesWithScript);
  const scanned = results.sites.reduce((sum, site) => sum + site.scripts.pagesScanned, 0);
  verdicts.push(verdict('JavaScript on non-search pages', '0 KB', `${count(withScript.length)} of ${count(scanned)} pages (all sizes) carry script${withScript[0] ? `, e.g. ${withScript[0]}` : ''}`, withScript.length === 0));

  const perArticle = perArticleMs(results.sites, results.sites.length - 1);
  const perArticleWall = perArticleMs(results.sites, results.sites.length - 1, wallSeconds);
  verdicts.push(verdict('astro build per article beyond start-up (CPU time)', '≤ 1.5 ms', `${ms(perArticle)} ${at} (wall clock ${ms(perArticleWall)})`, perArticle <= 1.5));
  verdicts.push(verdict('astro build peak memory, no heap flag', '≤ 1.5 GB', `${gb(largest.astro.peakTreeBytes)} ${at}`, largest.astro.peakTreeBytes <= 1.5 * GB));
  if (results.sites.length >= 3) {
    const middle = perArticleMs(results.sites, results.sites.length - 2);
    const growth = perArticle / middle;
    verdicts.push(
      verdict('Per-article cost (CPU time), largest vs middle size', '≤ 1.2×', `${ratio(growth)} (${ms(perArticle)} vs ${ms(middle)} at ${count(results.sites.at(-2)!.articles)})`, growth <= 1.2),
    );
  } else {
    verdicts.push(verdict('Per-article cost (CPU time), largest vs middle size', '≤ 1.2×', 'not measured: needs three sizes', undefined));
  }

  // The issue prices our features against the bare site at 1,000 articles: the first size past the baseline.
  const bareIndex = 1;
  if (results.bare.length > bareIndex) {
    const ours = perArticleMs(results.sites, bareIndex);
    const bare = perArticleMs(results.bare, bareIndex);
    verdicts.push(
      verdict('Our build vs bare Astro, per article (CPU time)', '≤ 1.5×', `${ratio(ours / bare)} (${ms(ours)} vs ${ms(bare)} at ${count(results.bare[bareIndex]!.articles)})`, ours / bare <= 1.5),
    );
  }
  return [...verdicts, ...searchVerdicts(results)];
}
