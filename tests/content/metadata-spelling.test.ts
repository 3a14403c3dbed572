/**
 * The archive's own metadata (partners, topics, glossary, event titles, editors' notes,
 * titles the editors wrote) spells each name one way. The texts quoted from the sources
 * (article bodies, source titles and leads, event quotes) are left as published and are
 * not read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { articleFiles, projectRoot, readArticle } from '../../scripts/shared/content-files.ts';

/** Every string value of a YAML record, with where it sits. */
function strings(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${where}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${where}.${key}`));
  return [];
}

const yamlTexts = ['partners.yaml', 'topics.yaml', 'glossary.yaml'].flatMap((name) =>
  parseYamlList(readFileSync(join(projectRoot, 'content', name), 'utf8'), `content/${name}`, name === 'glossary.yaml' ? 'term' : 'id', name === 'glossary.yaml' ? 'exact' : 'slug')
    .flatMap((record) => strings(record.data, `${name} ${record.id}`)),
);

const articleTexts = articleFiles().flatMap((file) => {
  const article = readArticle(file).article!.data;
  const name = file.split('/').pop()!;
  return [
    ...(article.titleEditorial ? [{ where: `${name} title`, text: article.title }] : []),
    ...article.events.map((event, index) => ({ where: `${name} events[${index}].title`, text: event.title })),
    // A note may quote the source in curly quotes; the quotation is the source's spelling.
    ...article.notes.map((note, index) => ({ where: `${name} notes[${index}].text`, text: note.text.replace(/“[^”]*”/g, '“…”') })),
  ];
});

const metadata = [...yamlTexts, ...articleTexts];

/** The spelling chosen, and the other spellings of the same name it replaces. */
const CHOSEN: readonly (readonly [RegExp, string])[] = [
  [/Liên Hợp Quốc|Liên hợp Quốc|Liên Hợp quốc/u, 'Liên hợp quốc'],
  // Tone mark on the first vowel of oa, oe, uy in an open syllable ("hòa", "khóa", "Ủy"), as the government's documents write it.
  [/(?<![\p{L}])\p{L}*(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/iu, 'hòa, khóa, Ủy (dấu trên nguyên âm đầu)'],
];

describe('the archive\'s own metadata', () => {
  it('reads a fair number of texts (a guard against a reader that finds none)', () => {
    expect(yamlTexts.length).toBeGreaterThan(100);
    expect(articleTexts.length).toBeGreaterThan(10);
  });

  it.each(CHOSEN.map(([other, chosen]) => [chosen, other] as const))('spells it %s everywhere', (_chosen, other) => {
    expect(metadata.filter(({ text }) => other.test(text)).map(({ where, text }) => `${where}: ${text.match(other)![0]}`)).toEqual([]);
  });

  it('writes dates d/m/yyyy, without leading zeros, in the editors\' notes', () => {
    const padded = /\b0\d\/\d{1,2}\/\d{4}|\b\d{1,2}\/0\d\/\d{4}/;
    expect(articleTexts.filter(({ where, text }) => where.includes('notes') && padded.test(text)).map(({ where }) => where)).toEqual([]);
  });
});
