/**
 * The pages a public body's site owes its readers (about, contact, licence,
 * accessibility statement), read from the build: each exists with its
 * breadcrumbs, metadata, JSON-LD and no script; every page's footer links to
 * all four; the licence stands on the data page, in every JSON file and in the
 * data's structured data; the accessibility statement names only checks the
 * project really runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { auditedPages } from '../../scripts/audit/audited-pages.ts';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { DATA_TABLE_IDS } from '../../src/publish/reuse/data-tables.ts';
import { accessibility, dataLicence, knownValue, PENDING, publicPages, publisher } from '../../src/publish/publisher.ts';
import { paths } from '../../src/urls/paths.ts';
import { builtPages, defaultDist, fileForPath, visibleText } from '../helpers/dist.ts';
import { sitemapLocations } from '../helpers/xml-files.ts';

const origin = 'https://example.org';
const pages = builtPages();
const pageAt = (path: string) => {
  const page = pages.find((built) => built.path === path);
  if (!page) throw new Error(`nothing built at ${path}`);
  return page;
};
type Node = Record<string, any>;
const jsonLd = ($: CheerioAPI): Node[] => $('script[type="application/ld+json"]').map((_index, element) => JSON.parse($(element).text()) as Node).get();

describe.each(publicPages.map((page) => [page.path, page] as const))('%s', (path, { key, title }) => {
  const { $ } = pageAt(path);

  it('is titled as the footer names it, under a breadcrumb from the home page', () => {
    expect(visibleText($, 'h1')).toBe(title);
    expect($('title').text().startsWith(`${title} · `)).toBe(true);
    expect($('.breadcrumbs a').first().attr('href')).toBe(paths.home());
    expect(visibleText($, '.breadcrumbs [aria-current="page"]')).toBe(title);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${origin}${path}`);
  });

  it('describes itself in JSON-LD as a page of the site, with its breadcrumb trail', () => {
    const nodes = jsonLd($);
    const expectedType = { about: 'AboutPage', contact: 'ContactPage', licence: 'WebPage', accessibility: 'WebPage' }[key];
    const node = nodes.find((candidate) => candidate['@type'] === expectedType);
    expect(node, `no ${expectedType} node`).toBeDefined();
    expect(node!.url).toBe(`${origin}${path}`);
    expect(node!.name).toBe(title);
    expect(node!.description).toBe($('meta[name="description"]').attr('content'));
    expect(nodes.some((candidate) => candidate['@type'] === 'BreadcrumbList')).toBe(true);
  });

  it('loads no script', () => {
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });

  it('is in the sitemap and audited by Lighthouse', () => {
    expect(sitemapLocations(join(defaultDist, 'sitemap-index.xml'), defaultDist, '/')).toContain(`${origin}${path}`);
    expect(auditedPages().map((audited) => audited.path)).toContain(path);
  });
});

describe('the footer of every page', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s links to the about, contact, licence and accessibility pages, each built', (_path, { $ }) => {
    const links = $('footer a').map((_index, element) => $(element).attr('href')!).get();
    for (const page of publicPages) {
      expect(links).toContain(page.path);
      expect(fileForPath(page.path), page.path).toBeDefined();
    }
    expect($(`footer a[rel="license"]`).attr('href')).toBe(dataLicence.url);
  });
});

describe('the contact details', () => {
  const { $ } = pageAt(paths.contact());
  const details = $('.contact-details dd').map((_index, element) => $(element).text().trim()).get();

  it('show each known value, and the pending mark only where nothing was supplied', () => {
    const fields = [publisher.name, publisher.keeper, publisher.postalAddress, publisher.email, publisher.phone];
    for (const field of fields) expect(details).toContain(knownValue(field) ?? PENDING);
    const pending = fields.filter((field) => knownValue(field) === undefined).length;
    expect($('.contact-details .pending').length).toBe(pending + (knownValue(publisher.website) ? 0 : 1));
  });

  it('leave out of the structured data what was not supplied', () => {
    const contact = jsonLd($).find((node) => node['@type'] === 'ContactPage')!;
    expect(JSON.stringify(contact)).not.toContain(PENDING);
    expect(contact.mainEntity.address.streetAddress).toBe(knownValue(publisher.postalAddress));
  });
});

describe('the licence', () => {
  it.each(DATA_TABLE_IDS)('%s.json names it by URL before its rows', (table) => {
    const file = JSON.parse(readFileSync(fileForPath(paths.dataFile(`${table}.json`))!, 'utf8')) as Record<string, unknown>;
    expect(file.license).toBe(dataLicence.url);
    expect(Object.keys(file).indexOf('license')).toBeLessThan(Object.keys(file).indexOf('rows'));
  });

  it('stands on the data page, CSV included, and in a Dataset node per table with both files', () => {
    const { $ } = pageAt(paths.data());
    expect($('#giay-phep ~ p a[rel="license"], section a[rel="license"]').attr('href')).toBe(dataLicence.url);
    expect(visibleText($, 'section[aria-labelledby="giay-phep"]')).toContain('CSV');
    const datasets = jsonLd($).filter((node) => node['@type'] === 'Dataset');
    expect(datasets.map((node) => new URL(node.url).hash)).toEqual(DATA_TABLE_IDS.map((id) => `#bang-${id}`));
    for (const node of datasets) {
      expect(node.license).toBe(dataLicence.url);
      for (const download of node.distribution) expect(fileForPath(new URL(download.contentUrl).pathname), download.contentUrl).toBeDefined();
    }
  });

  it('keeps the texts apart: the licence page names whose they stay', () => {
    const { $ } = pageAt(paths.licence());
    expect($('a[rel="license"]').attr('href')).toBe(dataLicence.url);
    expect(visibleText($, 'section[aria-labelledby="van-ban"]')).toContain('quyền tác giả');
  });
});

describe('the accessibility statement', () => {
  const { $ } = pageAt(paths.accessibility());
  const text = visibleText($, 'main');

  it('names the standard and its date', () => {
    expect(text).toContain('WCAG');
    expect(text).toContain('2.2');
    expect($('time').attr('datetime')).toBe(knownValue(accessibility.statementDate));
  });

  // Each check the statement names, and the test that runs it: the statement may not claim a check the project lacks.
  it.each([
    ['axe-core', 'tests/quality/a11y.test.ts'],
    ['Tab và Enter', 'tests/quality/keyboard.test.ts'],
    ['2.5.8', 'tests/browser/target-size.test.ts'],
    ['320 điểm ảnh', 'tests/browser/narrow-screens.test.ts'],
    ['Nu HTML Checker', 'tests/quality/html-validity.test.ts'],
    ['Lighthouse', 'tests/quality/lighthouse.test.ts'],
  ])('names "%s", which %s runs', (phrase, testFile) => {
    expect(text).toContain(phrase);
    expect(existsSync(join(projectRoot, testFile)), testFile).toBe(true);
  });

  it('names whom to contact', () => {
    expect($('.contact-details').length).toBe(1);
    expect(text).toContain(knownValue(publisher.name)!);
  });
});
