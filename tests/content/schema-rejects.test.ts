/**
 * The real article schema over broken variants of a valid fixture: each is
 * rejected with a problem that names the file and the field.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-error.ts';
import { projectRoot, readArticle } from '../../scripts/shared/content-files.ts';

const fixture = join(projectRoot, 'tests', 'fixtures', 'articles', 'minimal.md');
const original = readFileSync(fixture, 'utf8');
const workDir = mkdtempSync(join(tmpdir(), 'schema-'));

/** Writes a variant of the fixture and returns the problems the schema reports. */
function problemsFor(name: string, edit: (text: string) => string): string[] {
  const path = join(workDir, `${name}.md`);
  writeFileSync(path, edit(original));
  return readArticle(path).problems.map(formatProblem);
}

describe('the valid fixture', () => {
  it('passes', () => {
    expect(readArticle(fixture).problems).toEqual([]);
  });
});

describe.each([
  ['missing title', (text: string) => text.replace(/^title: .*\n/m, ''), 'title'],
  ['title of the wrong type', (text: string) => text.replace(/^title: .*$/m, 'title: [1, 2]'), 'title'],
  ['impossible date 45/13/2023', (text: string) => text.replace('date: "24/10/2023"\nsource', 'date: "45/13/2023"\nsource'), 'published.date'],
  ['31 February', (text: string) => text.replace('date: "24/10/2023"\nsource', 'date: "31/2/2023"\nsource'), 'published.date'],
  ['ISO date YAML would coerce', (text: string) => text.replace('date: "24/10/2023"\nsource', 'date: 2023-13-45\nsource'), 'published.date'],
  ['span ending before it starts', (text: string) => text.replace('date: "9/2015"', 'date: "9/2015"\n    end: "8/2015"'), 'events[1].end'],
  ['unknown event status', (text: string) => text.replace('date: "9/2015"', 'date: "9/2015"\n    status: maybe'), 'events[1].status'],
  ['event id not a slug', (text: string) => text.replace('id: hoi-thao-pin', 'id: Hội thảo pin'), 'events[0].id'],
  ['unknown field', (text: string) => text.replace('topics:', 'tags: [x]\ntopics:'), 'tags'],
  ['no topics', (text: string) => text.replace('topics: [xe-dien]', 'topics: []'), 'topics'],
])('%s', (name, edit, field) => {
  it(`is rejected naming the file and ${field}`, () => {
    const fileName = name.replace(/\W+/g, '-');
    const problems = problemsFor(fileName, edit);
    expect(problems.join('\n')).toContain(`${fileName}.md → ${field}:`);
  });
});
