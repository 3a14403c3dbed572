/**
 * What researchers and journalists reuse, read from the built site the way
 * their tools read it: the downloads parse (csv-parse, ajv against the
 * published schema) and agree with the pages; each article's BibTeX and RIS
 * parse back to the article; each capture page shows its capture verbatim,
 * and is kept out of search, crawlers and the sitemap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { paths } from '../../src/urls/paths.ts';
import { articleFiles, projectRoot, readArticle } from '../../scripts/shared/content-files.ts';
import { builtPages, defaultDist, fileForPath } from '../helpers/dist.ts';
import { sitemapLocations } from '../helpers/xml-files.ts';

const origin = 'https://example.org';
const pages = builtPages();
const pageAt = (path: string) => pages.find((page) => page.path === path);
const articles = articleFiles().map((file) => readArticle(file).article!);
const built = (path: string) => {
  const file = fileForPath(path);
  if (!file) throw new Error(`nothing built at ${path}`);
  return readFileSync(file, 'utf8');
};
const csvRows = (file: string) => parse(built(paths.dataFile(file)), { bom: true, columns: true }) as Record<string, string>[];
const jsonFile = (file: string) => JSON.parse(built(paths.dataFile(file))) as { license: string; rows: Record<string, unknown>[] };
const jsonRows = (file: string) => jsonFile(file).rows;

describe('the downloads', () => {
  it.each(['bai-viet', 'su-kien', 'doi-tac'])('%s: CSV with a BOM and JSON that its published schema accepts, the same rows in both', (table) => {
    expect(built(paths.dataFile(`${table}.csv`)).charCodeAt(0)).toBe(0xfeff);
    const schema = JSON.parse(built(paths.dataFile(`${table}.schema.json`))) as { $id: string };
    expect(schema.$id).toBe(`${origin}/du-lieu/${table}.schema.json`);
    const validate = new Ajv2020().compile(schema);
    const json = jsonRows(`${table}.json`);
    expect(validate(jsonFile(`${table}.json`)), JSON.stringify(validate.errors)).toBe(true);
    const csv = csvRows(`${table}.csv`);
    expect(csv.map((row) => Object.keys(row))).toEqual(json.map((row) => Object.keys(row)));
    expect(csv.map((row) => row.url)).toEqual(json.map((row) => row.url));
  });

  it('lists every article, each linking to its built page', () => {
    const rows = jsonRows('bai-viet.json');
    expect(rows.map((row) => row.id).sort()).toEqual(articles.map((article) => article.id).sort());
    for (const row of rows) expect(pageAt(new URL(String(row.url)).pathname), String(row.url)).toBeDefined();
  });

  it('lists every event of every article, each linking to the paragraph that reports it', () => {
    const rows = jsonRows('su-kien.json');
    expect(rows).toHaveLength(articles.reduce((sum, article) => sum + article.data.events.length, 0));
    for (const row of rows) {
      const link = new URL(String(row.url));
      const page = pageAt(link.pathname)!;
      expect(page.$(`[id="${link.hash.slice(1)}"]`).length, String(row.url)).toBe(1);
    }
  });

  it('lists every partner of partners.yaml with its counts', () => {
    const ids = parseYamlList(readFileSync(join(projectRoot, 'content', 'partners.yaml'), 'utf8'), 'content/partners.yaml').map((record) => record.id);
    const rows = jsonRows('doi-tac.json');
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    const iso = rows.find((row) => row.id === 'iso')!;
    expect(iso.article_count).toBe(articles.filter((article) => article.data.partners.includes('iso')).length);
  });

  it('are described column by column on the data page, which every page links from its footer', () => {
    const page = pageAt(paths.data())!;
    for (const table of ['bai-viet', 'su-kien', 'doi-tac']) {
      const described = page.$(`#bang-${table}`).closest('section').find('tbody th code').map((_, element) => page.$(element).text()).get();
      expect(described).toEqual(Object.keys(csvRows(`${table}.csv`)[0]!));
    }
    for (const other of pages) expect(other.$(`footer a[href="${paths.data()}"]`).length, other.path).toBe(1);
  });

  it('are in the sitemap; the capture pages are not', () => {
    const locations = sitemapLocations(join(defaultDist, 'sitemap-index.xml'), defaultDist, '/');
    for (const file of ['bai-viet.csv', 'bai-viet.json', 'su-kien.csv', 'su-kien.json', 'doi-tac.csv', 'doi-tac.json']) {
      expect(locations).toContain(`${origin}/du-lieu/${file}`);
    }
    expect(locations.filter((location) => location.includes('/ban-luu/'))).toEqual([]);
  });
});

describe.each(articles.map((article) => [article.id, article] as const))('article %s', (id, article) => {
  const page = pageAt(paths.article(id))!;

  it('offers a citation to copy, and BibTeX and RIS files that parse back to the article', () => {
    const citation = page.$('#trich-dan').closest('section').find('.citation-text').text();
    expect(citation).toContain(article.data.title);
    expect(citation).toContain(`${origin}${paths.article(id)}`);
    // Each named after its article, so downloading a second article's does not overwrite the first.
    for (const file of [`${id}.bib`, `${id}.ris`]) {
      expect(page.$(`a[href="${paths.articleCitation(id, file)}"]`).attr('download')).toBe(file);
      const [entry] = new Cite(built(paths.articleCitation(id, file))).data;
      expect(entry!.title, file).toBe(article.data.title);
      expect(entry!.URL, file).toBe(`${origin}${paths.article(id)}`);
      expect((entry!.issued as { 'date-parts': number[][] })['date-parts'][0]![0], file).toBe(article.data.published.date.year);
      expect(built(paths.articleCitation(id, file)), file).not.toContain('Không ghi nguồn');
    }
  });

  it('links its capture page, which shows the capture line by line, verbatim', () => {
    expect(page.$(`a[href="${paths.articleCapture(id)}"]`).length).toBe(1);
    const capturePage = pageAt(paths.articleCapture(id))!;
    const capture = readFileSync(join(projectRoot, 'content', 'sources', article.data.source.capture), 'utf8');
    const shown = capturePage.$('.capture-lines > li').map((_, line) => capturePage.$(line).find('span, del').first().text()).get();
    expect(shown).toEqual(capture.replace(/\n$/, '').split('\n'));
    expect(capturePage.$('.fidelity').text()).toMatch(/^(\d+)\/\1 câu của bản lưu có trong bài/);
  });

  it('offers the capture file for download, byte for byte, and says its capture date is not known', () => {
    const capturePage = pageAt(paths.articleCapture(id))!;
    const name = article.data.source.capture;
    const link = capturePage.$(`.capture-file a[href="${paths.articleCaptureFile(id, name)}"]`);
    expect(link.attr('download')).toBe(name);
    const stored = readFileSync(join(projectRoot, 'content', 'sources', name));
    expect(readFileSync(fileForPath(paths.articleCaptureFile(id, name))!).equals(stored)).toBe(true);
    const size = capturePage.$('.capture-file').text().replace(/\s+/g, ' ');
    expect(size).toContain(`(${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(stored.length / 1024)} KB)`);
    // None of the three captures records when it was taken: said, not left blank.
    expect(size).toContain('Ngày lưu: không rõ');
  });

  it('keeps the capture page out of search and crawlers', () => {
    const capturePage = pageAt(paths.articleCapture(id))!;
    expect(capturePage.$('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(capturePage.$('[data-pagefind-body]').length).toBe(0);
    expect(capturePage.$('link[rel="canonical"]').length).toBe(0);
  });
});
