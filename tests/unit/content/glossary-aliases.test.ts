/** The glossary's `aliases` (content/glossary.yaml): a bad one stops the build naming the file and the field. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/content-error.ts';
import { readGlossary } from '../../../src/content/glossary.ts';

const root = mkdtempSync(join(tmpdir(), 'glossary-'));
mkdirSync(join(root, 'content'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function problems(yaml: string): string[] {
  writeFileSync(join(root, 'content/glossary.yaml'), yaml);
  try {
    readGlossary(root);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(({ file, field, message }) => `${file} → ${field}: ${message}`);
  }
}

describe('glossary aliases', () => {
  it('accepts clean names', () => {
    expect(problems('- term: "GHG"\n  expansion: "Khí nhà kính"\n  aliases: ["Khí nhà kính", "Greenhouse gases"]\n')).toEqual([]);
  });

  it('rejects an alias that repeats the term or another alias, without marks', () => {
    const found = problems('- term: "TĐC"\n  expansion: "x"\n  aliases: ["STAMEQ", "tdc", "Stameq"]\n');
    expect(found).toEqual([expect.stringMatching(/^content\/glossary\.yaml → \[0\]\.aliases\.1: "tdc" trùng/), expect.stringMatching(/^content\/glossary\.yaml → \[0\]\.aliases\.2: "Stameq" trùng/)]);
  });

  it('rejects an alias with no word, an empty list and a list that is not one', () => {
    expect(problems('- term: "A"\n  expansion: "x"\n  aliases: ["–"]\n')).toEqual([expect.stringMatching(/→ \[0\]\.aliases\.0: "–" không có chữ/)]);
    expect(problems('- term: "A"\n  expansion: "x"\n  aliases: []\n')).toEqual([expect.stringMatching(/→ \[0\]\.aliases: bỏ trường aliases/)]);
    expect(problems('- term: "A"\n  expansion: "x"\n  aliases: "B"\n')).toEqual([expect.stringMatching(/^content\/glossary\.yaml → \[0\]\.aliases: /)]);
  });
});
