/**
 * Command-line options of `npm run bench` and the two plans: the full run
 * (1,000 and 10,000 articles, the budgets; search also on the real
 * site) and the quick run (60 articles, for the test that proves the
 * benchmark works: enough for three listing pages and a weight sample, and
 * no timing is judged).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Where and how often search is timed in Chromium. */
export interface SearchPlan {
  /** Synthetic sizes (among `sizes`) whose builds are searched, and whether the real site is too. */
  sizes: number[];
  realSite: boolean;
  /** CPU slowdowns (Chromium's CDP throttling rate); 1 is none, 4 is Lighthouse's phone. */
  throttles: number[];
  /** Timing runs per combination, each in a fresh browser context; the median is judged. */
  runs: number;
}

export interface BenchOptions {
  mode: 'quick' | 'full';
  /** Archive sizes, ascending; the first is the start-up baseline. Bare Astro is built at each. */
  sizes: number[];
  /** Build the baseline twice and keep the cheaper (worth it only when timings are judged). */
  repeatBaseline: boolean;
  /** Article pages weighed at even intervals (plus the five largest). */
  weightSample: number;
  search: SearchPlan;
  seed: number;
  /** Git revision to copy the site from; the working tree when absent. */
  ref?: string;
  reportFile: string;
  jsonFile?: string;
  /** Render the report again from a previous run's JSON instead of measuring. */
  fromJson?: string;
  keepTemp: boolean;
}

const USAGE = `Usage: npm run bench -- [--quick] [--out BENCHMARKS.md] [--json results.json] [--ref <git revision>] [--seed n] [--keep] [--from-json results.json]
  --quick   60 articles, under a minute, timings not judged (report defaults to .out/bench-quick/)
  --ref     build the site as committed at this revision instead of the working tree
  --keep    keep the temporary projects and builds (their path is printed)
  --from-json  measure nothing: write the report again from the results a run saved with --json`;

export function parseOptions(argv: string[], repoRoot: string): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      json: { type: 'string' },
      ref: { type: 'string' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      'from-json': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}"\n${USAGE}`);
  const quick = values.quick;
  return {
    mode: quick ? 'quick' : 'full',
    sizes: quick ? [20, 60] : [100, 1000, 10000],
    repeatBaseline: !quick,
    weightSample: quick ? 25 : 150,
    // Search is judged at 3 (the real site), 1,000 and 10,000 articles; quick runs only prove the probes work.
    search: quick ? { sizes: [60], realSite: false, throttles: [1, 4], runs: 1 } : { sizes: [1000, 10000], realSite: true, throttles: [1, 4], runs: 3 },
    seed,
    ref: values.ref,
    reportFile: values.out ?? (quick ? join(repoRoot, '.out', 'bench-quick', 'BENCHMARKS.md') : join(repoRoot, 'BENCHMARKS.md')),
    jsonFile: values.json,
    fromJson: values['from-json'],
    keepTemp: values.keep,
  };
}
