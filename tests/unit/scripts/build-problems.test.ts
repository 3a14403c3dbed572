/** What an editor reads when the build fails: Astro's stderr (as Astro 7 writes it) → one line per problem. */
import { describe, expect, it } from 'vitest';
import { readBuildErrors, withContentCheck } from '../../../scripts/build/build-problems.ts';

const root = '/tmp/site';

const schemaError = `[InvalidContentEntryDataError] articles → bai-moi data does not match collection schema.

  title**: **title: Required
  events.2.date: "30/2/2024" is not a real date (no day 30 in 2/2024)

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Location:
    /tmp/site/content/articles/bai-moi.md:0:0
  Stack trace:
    at getEntryData (/x/node_modules/astro/dist/content/utils.js:126:9)`;

const contentError = `1 content problem:
  content/topics.yaml → (YAML syntax): Flow sequence in block collection must end with a ] at line 40, column 3:
  Location:
    /tmp/site/src/lib/yaml-list.ts:28:9
  Stack trace:
    at parseYamlList (/tmp/site/src/lib/yaml-list.ts:28:9)`;

const yamlError = `missed comma between flow collection entries
  Location:
    /tmp/site/content/articles/yaml-hong.md:8:0
  Stack trace:
    at generateError (file:///x/node_modules/js-yaml/dist/js-yaml.mjs:1140:12)`;

const renderError = `Error: Failed to parse Markdown file "/tmp/site/content/articles/bai-moi.md":
/tmp/site/content/articles/bai-moi.md: no paragraph holds the quote of event(s) hoi-thao
    at eval (/tmp/site/src/lib/rehype-event-anchors.ts:41:13)
20:22:35 [ERROR] [glob-loader] Error rendering bai-moi.md: Failed to parse Markdown file "/tmp/site/content/articles/bai-moi.md":
/tmp/site/content/articles/bai-moi.md: no paragraph holds the quote of event(s) hoi-thao`;

describe('readBuildErrors', () => {
  it('turns a schema error into file → field lines with bracketed indexes', () => {
    expect(readBuildErrors(schemaError, root)).toEqual({
      problems: [
        'content/articles/bai-moi.md → title: bắt buộc nhưng đang thiếu',
        'content/articles/bai-moi.md → events[2].date: "30/2/2024" is not a real date (no day 30 in 2/2024)',
      ],
      loggedError: false,
    });
  });

  it('keeps the archive’s own problem lines and ignores their stack', () => {
    expect(readBuildErrors(contentError, root).problems).toEqual([
      'content/topics.yaml → (YAML syntax): Flow sequence in block collection must end with a ] at line 40, column 3',
    ]);
  });

  it('locates a frontmatter YAML error by line, counted from 1', () => {
    expect(readBuildErrors(yamlError, root).problems).toEqual([
      'content/articles/yaml-hong.md → (YAML syntax, near line 9): missed comma between flow collection entries',
    ]);
  });

  it('reports a logged render error as a failure of the body', () => {
    expect(readBuildErrors(`\u001b[31m${renderError}\u001b[39m`, root)).toEqual({
      problems: ['content/articles/bai-moi.md → (body): could not be turned into HTML: no paragraph holds the quote of event(s) hoi-thao'],
      loggedError: true,
    });
  });

  it('leaves out a render failure caused by another problem of the same file, and repeats', () => {
    const archiveError = `2 content problems:
  content/articles/bai-moi.md → events[0].quote: is not found word for word
  content/articles/bai-moi.md → (body): could not be turned into HTML (see the Markdown error above)`;
    expect(readBuildErrors(`${renderError}\n${archiveError}\n${archiveError}`, root).problems).toEqual([
      'content/articles/bai-moi.md → events[0].quote: is not found word for word',
    ]);
  });

  it('finds nothing in a clean build', () => {
    expect(readBuildErrors('', root)).toEqual({ problems: [], loggedError: false });
  });
});

describe('withContentCheck', () => {
  it("adds the full check's problems to Astro's, one line per file and field, Astro's first", () => {
    expect(
      withContentCheck(
        ['content/articles/a.md → published.date: "30/2/2024" is not a real date'],
        ['content/articles/a.md → published.date: other wording', 'content/articles/a.md → partners[0]: không có đối tác "isoo"'],
      ),
    ).toEqual(['content/articles/a.md → published.date: "30/2/2024" is not a real date', 'content/articles/a.md → partners[0]: không có đối tác "isoo"']);
  });

  it('drops a line that names no file once the check has named the cause, and keeps it otherwise', () => {
    expect(withContentCheck(['[vite] ✗ Build failed in 313ms'], ['content/articles/a.md → (image): không có tệp ảnh'])).toEqual(['content/articles/a.md → (image): không có tệp ảnh']);
    expect(withContentCheck(['[vite] ✗ Build failed in 313ms'], [])).toEqual(['[vite] ✗ Build failed in 313ms']);
  });
});
