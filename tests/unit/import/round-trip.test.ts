/**
 * The importer against the hand-made work: each real capture in
 * content/sources/, imported into the project without its article, gives a
 * draft that holds every sentence the hand-made article keeps, none of the
 * furniture its capture page lists, the same publication date at the same
 * precision, the same source, the partners the hand-made entry lists that
 * the text names, and no id the project does not know.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureLines, captureSentences, isFurniture } from '../../../src/content/capture-text.ts';
import { importCapture } from '../../../src/import/import-capture.ts';
import { articleFiles, projectRoot, readArticle } from '../../../scripts/shared/content-files.ts';
import { knownPartnerIds, knownTopicIds, projectWithout, readDraft, realPartners, type Draft } from './draft-helpers.ts';

const handMade = articleFiles().map((path) => readArticle(path).article!);

describe.each(handMade.map((article) => [article.data.source.capture, article] as const))('%s', (capture, article) => {
  const bytes = readFileSync(join(projectRoot, 'content', 'sources', capture));
  const captureText = bytes.toString('utf8');
  let draft: Draft;
  let files: string[];
  beforeAll(async () => {
    const result = await importCapture({ fileName: capture, bytes: new Uint8Array(bytes) }, projectWithout(article.id));
    draft = readDraft(result);
    files = result.files.map((file) => file.path);
  });

  it('is a draft naming the capture, which is kept as it is (already there: not written again)', () => {
    expect(draft.data.draft).toBe(true);
    expect(draft.data.source.capture).toBe(capture);
    expect(files).toEqual([expect.stringMatching(/^content\/articles\/[a-z0-9-]+\.md$/)]);
  });

  it('holds every sentence of the hand-made article’s source text', () => {
    const sentences = captureSentences(captureText, article.data.source.furniture);
    expect(sentences.length).toBeGreaterThan(10);
    expect(sentences.filter((sentence) => !draft.text.includes(sentence))).toEqual([]);
  });

  it('leaves out every furniture line the capture page lists', () => {
    const furniture = captureLines(captureText).filter((line) => line.trim() && isFurniture(line, article.data.source.furniture));
    for (const line of furniture) expect(draft.markdown.split('\n---\n')[1]).not.toContain(line.trim());
  });

  it('has the same publication date, at the same precision', () => {
    expect(draft.data.published).toEqual(article.data.published);
  });

  it('has the same source', () => {
    const { name, url, site } = article.data.source;
    expect({ name: draft.data.source.name, url: draft.data.source.url, site: draft.data.source.site }).toEqual({ name, url, site });
  });

  it('names at least the hand-made partners whose acronym or name the text contains, and only known ids', () => {
    const named = article.data.partners.filter((id) => {
      const partner = realPartners.find((candidate) => candidate.id === id)!;
      return (partner.acronym && draft.text.includes(partner.acronym)) || draft.text.toLocaleLowerCase('vi').includes(partner.nameVi.toLocaleLowerCase('vi'));
    });
    expect(named.length).toBeGreaterThan(0);
    expect(draft.data.partners).toEqual(expect.arrayContaining(named));
    expect(draft.data.partners.filter((id) => !knownPartnerIds.has(id))).toEqual([]);
    expect(draft.data.topics.length).toBeGreaterThan(0);
    expect(draft.data.topics.filter((id) => !knownTopicIds.has(id))).toEqual([]);
  });
});
