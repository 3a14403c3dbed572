import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './sequencer.ts';

/**
 * Four projects, run side by side by two workers:
 * - unit: pure tests (tests/unit, tests/content), no build
 *   (`npm run test:unit` runs only these);
 * - dist: the suites that read the build `npm test` made (tests/site,
 *   tests/browser, tests/quality);
 * - builds: real builds of project copies (tests/builds);
 * - check: `npm run check` (tests/check), so the type check runs beside
 *   the tests instead of before them.
 * Whatever runs where, at most two heavy processes (builds, Chromium,
 * Lighthouse, the HTML checker, astro check) run at once:
 * tests/helpers/heavy-slots.ts. A worker is reused from one test file to the
 * next (isolate: false); the files share no state but what they import.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Two test files at a time on a 2-core machine; all projects share them.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Test files start Chromium or builds and close them; none mocks modules or changes globals.
    isolate: false,
    globalSetup: ['tests/global-setup.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'builds', include: ['tests/builds/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'check', include: ['tests/check/**/*.test.ts'] },
      },
    ],
  },
});
