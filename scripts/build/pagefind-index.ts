/**
 * Builds the search index for a built site: one Pagefind index per search
 * period (src/search/core/periods.ts), each made with Pagefind's Node API
 * from the articles the build's index plan lists for it, all written into
 * one bundle folder (pagefind-bundle.ts). Indexing a period at a time keeps
 * Pagefind's memory to one period's worth however large the archive grows.
 * The plan is a build file: it is removed once the index is written. Each
 * period file then gets its pages' fragment hashes (PeriodFile.fragments),
 * by which the search page ties Pagefind's results to its pages.
 *
 * Only article pages are indexed: their <article data-pagefind-body> holds
 * the title and text (the byline is marked data-pagefind-ignore), and
 * SearchIndexFields.astro adds the metadata results show and the rank.
 * Vietnamese matching (tone marks, d/đ) is done at search time:
 * src/search/core/ and src/search/browser/.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parseIndexPlan, parsePeriodFile, periodLanguage, type PeriodFile } from '../../src/search/core/periods.ts';
import { paths } from '../../src/urls/paths.ts';
import { BundleWriter } from './pagefind-bundle.ts';

/** Every indexed page must carry these, or the search page cannot show it. */
const REQUIRED_META = ['title', 'date', 'datetime'] as const;

const relative = (path: string) => path.replace(/^\//, '');

interface PlannedPeriod {
  key: string;
  ids: string[];
  /** The period file: where it is (for error messages too), and what the build wrote in it. */
  where: string;
  file: PeriodFile;
}

/** The periods to index, each checked against the period file readers' browsers will read. */
function readPlan(siteDir: string): { periods: PlannedPeriod[]; planFile: string } {
  const planFile = join(siteDir, relative(paths.searchIndexPlan()));
  if (!existsSync(planFile)) throw new Error(`no search index plan at ${planFile}: is src/pages/tim-kiem/ky/bai-viet.json.ts still there?`);
  const plan = parseIndexPlan(readFileSync(planFile, 'utf8'), planFile);
  const periods = Object.entries(plan).map(([key, ids]) => {
    const where = join(siteDir, relative(paths.searchPeriod(key)));
    if (!existsSync(where)) throw new Error(`${planFile}: period ${key} has no file ${where}`);
    const file = parsePeriodFile(readFileSync(where, 'utf8'), where);
    if (file.pages.length !== ids.length) throw new Error(`${where}: lists ${file.pages.length} articles, ${planFile} ${ids.length}`);
    return { key, ids, where, file };
  });
  if (periods.length === 0) throw new Error(`${planFile}: no search period`);
  return { periods, planFile };
}

async function indexPeriod(siteDir: string, period: PlannedPeriod): Promise<pagefind.IndexFile[]> {
  const { index, errors } = await pagefind.createIndex({
    // The site is Vietnamese throughout; no per-page language guessing.
    forceLanguage: 'vi',
    // The playground would publish a debugging UI on the live site.
    writePlayground: false,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const id of period.ids) {
      const url = paths.article(id);
      const page = join(siteDir, relative(url), 'index.html');
      const added = await index.addHTMLFile({ url, content: readFileSync(page, 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page} (period ${period.key}): ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index of period ${period.key}: ${written.errors.join('; ')}`);
    return written.files;
  } finally {
    await index.deleteIndex();
  }
}

export async function indexSite(siteDir: string): Promise<{ pages: number; periods: number }> {
  const { periods, planFile } = readPlan(siteDir);
  const folder = join(siteDir, relative(paths.searchIndex()));
  rmSync(folder, { recursive: true, force: true });
  const bundle = new BundleWriter(folder);
  const fragments = new Map<PlannedPeriod, string[]>();
  const problems: string[] = [];
  try {
    for (const period of periods) {
      const files = await indexPeriod(siteDir, period);
      const indexed = bundle.add(files, periodLanguage(period.key), period.where);
      if (indexed !== period.ids.length) {
        throw new Error(`${period.where}: lists ${period.ids.length} articles, Pagefind indexed ${indexed} (is <article data-pagefind-body> still on the article pages?)`);
      }
      fragments.set(period, readRecords(files, period, problems));
    }
    bundle.finish();
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Search index incomplete (see src/components/SearchIndexFields.astro):\n  ${problems.join('\n  ')}`);
  // Written only once the whole index is: a failed build leaves the period files as they were.
  for (const [period, hashes] of fragments) writePeriodFragments(period, hashes);
  rmSync(planFile);
  return { pages: [...fragments.values()].reduce((sum, hashes) => sum + hashes.length, 0), periods: periods.length };
}

interface FragmentRecord {
  url: string;
  meta: Record<string, string>;
}

/** A fragment file's page record: gzip of a short signature and the record as JSON. */
function readFragment(content: Uint8Array): FragmentRecord {
  const text = gunzipSync(content).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as FragmentRecord;
}

const FRAGMENT_FILE = /^fragment\/([\w-]+)\.pf_fragment$/;

/**
 * Reads the period's page records as Pagefind wrote them: adds to
 * `problems` each page that lacks what search needs, and returns the
 * pages' fragment hashes in the order of the plan (the period file's ranks).
 */
function readRecords(files: readonly pagefind.IndexFile[], period: PlannedPeriod, problems: string[]): string[] {
  const hashOf = new Map<string, string>();
  for (const file of files) {
    const hash = FRAGMENT_FILE.exec(file.path)?.[1];
    if (!hash) continue;
    const record = readFragment(file.content);
    const missing = REQUIRED_META.filter((key) => !record.meta[key]).map((key) => `meta "${key}"`);
    if (missing.length > 0) problems.push(`${record.url}: no ${missing.join(', ')}`);
    hashOf.set(record.url, hash);
  }
  return period.ids.map((id) => {
    const hash = hashOf.get(paths.article(id));
    if (!hash) throw new Error(`${period.where}: Pagefind wrote no page record for ${paths.article(id)}`);
    return hash;
  });
}

/** Adds the hashes to the period file, through a temporary file so a reader never gets half of it. */
function writePeriodFragments(period: PlannedPeriod, fragments: string[]): void {
  const temporary = `${period.where}.tmp`;
  writeFileSync(temporary, JSON.stringify({ ...period.file, fragments }));
  renameSync(temporary, period.where);
}
