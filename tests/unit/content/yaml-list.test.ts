import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/content-error.ts';
import { parseYamlList } from '../../../src/content/yaml-list.ts';

const problemOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected a ContentError');
};

describe('parseYamlList', () => {
  it('reads a list of records keyed by id', () => {
    const records = parseYamlList('- id: iso\n  acronym: ISO\n- id: apo\n  acronym: APO\n', 'content/partners.yaml');
    expect(records.map((record) => record.id)).toEqual(['iso', 'apo']);
    expect(records[0]!.data).toEqual({ id: 'iso', acronym: 'ISO' });
  });

  it('uses another key as id when asked (glossary terms)', () => {
    expect(parseYamlList('- term: TCĐLCL\n  expansion: x\n', 'content/glossary.yaml', 'term')[0]!.id).toBe('TCĐLCL');
  });

  it('names file and line for malformed YAML', () => {
    const message = problemOf(() => parseYamlList('- id: iso\n  acronym: [ISO\n', 'content/partners.yaml'));
    expect(message).toContain('content/partners.yaml → (YAML syntax)');
    expect(message).toMatch(/line \d+/);
  });

  it('rejects a duplicate id naming both records', () => {
    const message = problemOf(() => parseYamlList('- id: iso\n- id: apo\n- id: iso\n', 'content/partners.yaml'));
    expect(message).toContain('content/partners.yaml → [2].id: "iso" trùng với [0].id (cả hai thành "iso"; dòng 3 và 1)');
  });

  it('rejects ids that differ only in case or tone marks', () => {
    const message = problemOf(() => parseYamlList('- id: halal\n- id: Hálal\n', 'content/topics.yaml'));
    expect(message).toContain('content/topics.yaml → [1].id');
    expect(message).toContain('cả hai thành "halal"');
  });

  it('rejects a record without id and a file that is not a list', () => {
    expect(problemOf(() => parseYamlList('- acronym: ISO\n', 'p.yaml'))).toContain('p.yaml → [0].id: thiếu hoặc không phải văn bản');
    expect(problemOf(() => parseYamlList('iso: {}\n', 'p.yaml'))).toContain('p.yaml → (top level)');
  });
});
