/**
 * The order test files start in, across all projects: the longest first, so
 * the two workers finish together instead of one running the 30-second build
 * suites at the end alone (Vitest's own order runs the projects one after the
 * other). A file's length is its time in the previous run (Vitest's results
 * cache); a file never run before is guessed from its folder. Files that
 * failed last time still go first.
 */
import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Rough seconds per file where no earlier run says otherwise. */
const GUESS: [RegExp, number][] = [
  [/\/tests\/builds\//, 30],
  [/\/tests\/check\//, 20],
  [/\/tests\/quality\//, 20],
  [/\/tests\/browser\//, 8],
  [/\/tests\/site\//, 2],
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = new Map(files.map((spec) => [spec, this.ctx.cache.getTestSpecificationResult(spec)]));
    const length = (spec: TestSpecification): number => {
      const result = known.get(spec);
      if (result) return result.duration;
      const guess = GUESS.find(([folder]) => folder.test(spec.moduleId))?.[1] ?? 0.1;
      // Ties broken by size: a longer file has more tests.
      return guess * 1000 + statSync(spec.moduleId).size / 1e6;
    };
    const lengths = new Map(files.map((spec) => [spec, length(spec)]));
    const failed = (spec: TestSpecification) => (known.get(spec)?.failed ? 1 : 0);
    return [...files].sort((a, b) => failed(b) - failed(a) || lengths.get(b)! - lengths.get(a)!);
  }
}
