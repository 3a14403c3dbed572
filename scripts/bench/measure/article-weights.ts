/**
 * Article page weights over a built archive: a spread sample of the article
 * pages plus the largest ones (the budgets concern the worst page, not the
 * typical one), summarised as the median and the heaviest.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../src/urls/paths.ts';
import { median } from '../../shared/spread.ts';
import { ASSET_KINDS, pageWeight, type PageWeight, type Weight } from './page-weight.ts';

export interface ArticleWeights {
  articlePages: number;
  pagesSampled: number;
  /** Per kind, the median of each measure over the sample. */
  median: PageWeight;
  /** The sampled page with the largest gzip total. */
  heaviest: PageWeight;
  /** The sampled page with the largest HTML + CSS: what the first round trip must carry. */
  heaviestFirstView: { path: string; weight: Weight };
}

const LARGEST_SAMPLE = 5;

function medianWeight(weights: Weight[]): Weight {
  return { raw: median(weights.map((w) => w.raw)), gzip: median(weights.map((w) => w.gzip)), brotli: median(weights.map((w) => w.brotli)) };
}

const firstView = (page: PageWeight): Weight => ({
  raw: page.byKind.html.raw + page.byKind.css.raw,
  gzip: page.byKind.html.gzip + page.byKind.css.gzip,
  brotli: page.byKind.html.brotli + page.byKind.css.brotli,
});

/** `spread`: how many pages to take at even intervals (brotli at quality 11 is slow). */
export function measureArticleWeights(siteRoot: string, spread = 150): ArticleWeights {
  const articleDir = join(siteRoot, paths.article('x').replace(/x\/$/, ''));
  const pages = readdirSync(articleDir)
    .map((slug) => ({ path: paths.article(slug), size: statSync(join(articleDir, slug, 'index.html')).size }))
    .sort((a, b) => a.path.localeCompare(b.path));
  if (pages.length === 0) throw new Error(`no article pages in ${articleDir}`);
  const step = Math.max(1, Math.floor(pages.length / spread));
  const largest = [...pages].sort((a, b) => b.size - a.size).slice(0, LARGEST_SAMPLE);
  const chosen = new Set([...pages.filter((_page, index) => index % step === 0), ...largest].map((page) => page.path));
  const weights = [...chosen].map((path) => pageWeight(siteRoot, path));
  const byTotal = [...weights].sort((a, b) => b.total.gzip - a.total.gzip);
  const byFirstView = [...weights].sort((a, b) => firstView(b).gzip - firstView(a).gzip);
  return {
    articlePages: pages.length,
    pagesSampled: weights.length,
    median: {
      path: '(median)',
      byKind: Object.fromEntries(ASSET_KINDS.map((kind) => [kind, medianWeight(weights.map((w) => w.byKind[kind]))])) as PageWeight['byKind'],
      total: medianWeight(weights.map((w) => w.total)),
    },
    heaviest: byTotal[0]!,
    heaviestFirstView: { path: byFirstView[0]!.path, weight: firstView(byFirstView[0]!) },
  };
}
