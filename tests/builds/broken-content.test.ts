/**
 * Every kind of editor mistake stops the REAL build (`npm run build`'s
 * command, in a copy of the project) with one line naming the file and the
 * field, and publishes nothing. One fixture per mistake in
 * tests/fixtures/broken/<case>/: content/ holds the files laid over the real
 * content (x.append is added to the end of x), expected.txt the line the
 * editor must see, with * standing for any text — one line per mistake when
 * a fixture holds several (all must be reported in the same run).
 *
 * Each copy is the smallest site that still builds for real: the YAML files,
 * the sources, one real article (the smallest) and the fixture's files. The
 * builds run two at a time, in the run's heavy slots.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFiles, projectRoot } from '../../scripts/shared/content-files.ts';
import { heavySlotCount } from '../helpers/heavy-slots.ts';
import { inParallel } from '../helpers/in-parallel.ts';
import { copyProject, overlay, removeProject, runBuild, type BuildRun, type TempProject } from './temp-project.ts';

const FIXTURES = join(projectRoot, 'tests', 'fixtures', 'broken');
const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'expected.txt')));

/** The one real article each copy keeps beside the fixture's files. */
const realArticle = articleFiles()
  .map((file) => ({ name: file.split('/').at(-1)!, size: statSync(file).size }))
  .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name))[0]!.name;

/** These build over an earlier site, which must survive; the rest build where no output exists yet. */
const OVER_EARLIER_SITE = new Set(['missing-required-field', 'unknown-partner', 'quote-with-markdown-marks']);
const MARKER = 'earlier-build.txt';

interface Outcome {
  project: TempProject;
  run: BuildRun;
  /** Files in the output folder after the build, or undefined when there is none. */
  output?: string[];
  stagingLeft: boolean;
}
const outcomes = new Map<string, Outcome>();

/** The lines of the failure report that name a problem. */
function problemLines(output: string): string[] {
  const report = output.slice(output.lastIndexOf('✗ Build stopped'));
  return report.split('\n').filter((line) => /^ {2}\S.* → /.test(line));
}

/** One pattern per line of expected.txt: a fixture with several mistakes expects each, in order, in the same run. */
function expectedPatterns(name: string): RegExp[] {
  const lines = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').trim().split('\n');
  return lines.map((text) => new RegExp(`^ {2}${text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`));
}

beforeAll(async () => {
  await inParallel(cases, heavySlotCount, async (name) => {
    const project = copyProject(name, { articles: [realArticle] });
    overlay(project, join(FIXTURES, name, 'content'), 'content');
    if (OVER_EARLIER_SITE.has(name)) {
      mkdirSync(project.outDir);
      writeFileSync(join(project.outDir, MARKER), 'the site as it was');
    }
    const run = await runBuild(project);
    outcomes.set(name, {
      project,
      run,
      output: existsSync(project.outDir) ? readdirSync(project.outDir) : undefined,
      stagingLeft: existsSync(`${project.outDir}.staging`),
    });
  });
}, 20 * 60_000);

/** Removes the folder a failed build wrote Astro's full error report to (one per build, in the temp folder). */
function removeErrorReport(output: string): void {
  const log = /\(Astro's full error report: (.+)\)/.exec(output)?.[1];
  if (log && dirname(dirname(log)) === tmpdir()) rmSync(dirname(log), { recursive: true, force: true });
}

afterAll(() => {
  for (const { project, run } of outcomes.values()) {
    removeProject(project);
    removeErrorReport(run.output);
  }
});

it('has a fixture for each kind of mistake', () => {
  expect(cases.length).toBeGreaterThanOrEqual(12);
});

describe.each(cases)('%s', (name) => {
  it('stops the build', () => {
    expect(outcomes.get(name)!.run.status).not.toBe(0);
  });

  it('tells the editor in one line per mistake which file and field to fix', () => {
    const { run } = outcomes.get(name)!;
    const lines = problemLines(run.output);
    const patterns = expectedPatterns(name);
    expect(lines, run.output).toHaveLength(patterns.length);
    patterns.forEach((pattern, index) => expect(lines[index]).toMatch(pattern));
  });

  it('publishes nothing and leaves no staging folder', () => {
    const { output, stagingLeft } = outcomes.get(name)!;
    expect(output).toEqual(OVER_EARLIER_SITE.has(name) ? [MARKER] : undefined);
    expect(stagingLeft).toBe(false);
  });
});

describe('a mistake in an entry that Astro cached', () => {
  // Astro's content cache does not render an unchanged entry again, so the
  // second build checks the body model cached with the entry: it must still stop.
  it('still stops the next build', async () => {
    const { project } = outcomes.get('quote-with-markdown-marks')!;
    const run = await runBuild(project);
    removeErrorReport(run.output);
    expect(run.status).not.toBe(0);
    expect(problemLines(run.output)).toEqual([expect.stringMatching(/^ {2}content\/articles\/trich-dan-co-dau-in-dam\.md → events\[0\]\.quote: /)]);
    expect(readdirSync(project.outDir)).toEqual([MARKER]);
  }, 120_000);
});
