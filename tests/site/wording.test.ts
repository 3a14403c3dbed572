/**
 * The built site's own words: none of the terms a Vietnamese reader found odd comes
 * back on any page, listings never show a time of day, each byline label fits its
 * date, and a partner's page never shows a remark as a name. The article bodies and
 * whatever the pages quote from the sources are the publishers' words and not judged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { RETIRED_TERMS, articleWording, partnerWording } from '../../src/reference/wording.ts';
import { parseYamlList } from '../../src/content/yaml-list.ts';
import { projectRoot } from '../../scripts/shared/content-files.ts';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();
const sources = readdirSync(join(projectRoot, 'content', 'sources'))
  .map((name) => readFileSync(join(projectRoot, 'content', 'sources', name), 'utf8').replace(/\s+/g, ' '))
  .join('\n');

/** What a reader sees, whitespace collapsed, without the parts named (scripts, styles and JSON-LD never show). */
function seen($: CheerioAPI, without: string[] = []): string {
  const copy = $.root().clone();
  copy.find(['script', 'style', 'template', 'head', ...without].join(', ')).remove();
  return copy.text().replace(/\s+/g, ' ');
}

/** A hit is the source's own word when the words around it stand in a capture just so. */
function quotesSource(text: string, at: number, length: number): boolean {
  for (const reach of [30, 15, 8]) {
    const passage = text.slice(Math.max(0, at - reach), at + length + reach).trim();
    if (sources.includes(passage)) return true;
  }
  return false;
}

const isArticle = (path: string) => /^\/bai-viet\/[^/]+\/$/.test(path);
const isCapture = (path: string) => /^\/bai-viet\/[^/]+\/ban-luu\/$/.test(path);

describe('the interface wording', () => {
  it('reads the article, capture and partner pages (a guard against an empty build)', () => {
    expect(pages.filter((page) => isArticle(page.path)).length).toBeGreaterThan(0);
    expect(pages.filter((page) => isCapture(page.path)).length).toBeGreaterThan(0);
    expect(pages.some((page) => page.path.startsWith('/doi-tac/'))).toBe(true);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s uses none of the retired terms', (_path, page) => {
    const text = seen(page.$, ['.article-body', '.capture-lines']);
    const hits: string[] = [];
    for (const term of RETIRED_TERMS) {
      const pattern = new RegExp(term, 'gu');
      for (const match of text.matchAll(pattern)) {
        if (!quotesSource(text, match.index, term.length)) hits.push(text.slice(Math.max(0, match.index - 30), match.index + term.length + 30));
      }
    }
    expect(hits).toEqual([]);
  });

  it('gives each term its one word on the capture pages', () => {
    for (const page of pages.filter((candidate) => isCapture(candidate.path))) {
      expect(page.$('h1').text()).toContain('Bản lưu trang gốc');
      expect(page.$('#doi-chieu').text()).toBe('Đối chiếu với bản lưu');
    }
  });
});

describe('dates', () => {
  // A clock time a reader sees; an ISO timestamp's "T06:31+07:00" is a format sample, not a listing's time.
  const time = /(?<![T+\-\d:])\d{1,2}:\d{2}(?![\d:])/;

  it.each(pages.filter((page) => !isCapture(page.path)).map((page) => [page.path, page] as const))(
    '%s shows no time of day outside an article\'s own byline and notes',
    (_path, page) => {
      // The byline keeps the time its source gives, and an editor's note may say where it came from; neither is a listing.
      const text = seen(page.$, ['.article-body', '.article-header .byline', '.editorial-notes', 'code']);
      expect(text.match(time)?.[0]).toBeUndefined();
      const searchDates = page.$('[data-pagefind-meta^="date"]').map((_index, element) => page.$(element).attr('value') ?? '').get();
      expect(searchDates.filter((value) => time.test(value))).toEqual([]);
    },
  );

  it('labels a byline date "Ngày đăng" only when it is a known day, "Thời gian đăng" otherwise', () => {
    const labels = pages
      .filter((page) => isArticle(page.path))
      .map((page) => {
        const row = page.$('.byline div').first();
        return { label: row.find('dt').text().trim(), date: row.find('time').attr('datetime') ?? '', estimate: row.find('dd').text().includes('khoảng') };
      });
    expect(labels.length).toBeGreaterThan(0);
    for (const { label, date, estimate } of labels) {
      const day = /^\d{4}-\d{2}-\d{2}/.test(date) && !estimate;
      expect(label, date).toBe(day ? articleWording.publishedOn : articleWording.publishedAround);
    }
    expect(new Set(labels.map(({ label }) => label)).size).toBe(2);
  });

  it('writes dates d/m/yyyy, without leading zeros, in every byline, card and note', () => {
    const padded = /\b0\d\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/0\d\/\d{4}\b/;
    const found = pages.flatMap((page) =>
      page.$('time, .editorial-notes li, .partner-note').map((_index, element) => page.$(element).text().replace(/“[^”]*”/g, '“…”')).get().filter((text) => padded.test(text)),
    );
    expect(found).toEqual([]);
  });
});

describe('partner pages', () => {
  const partners = parseYamlList(readFileSync(join(projectRoot, 'content', 'partners.yaml'), 'utf8'), 'content/partners.yaml').map((record) => record.data as {
    id: string;
    acronym?: string;
    nameVi: string;
    nameEn?: string;
    note?: string;
  });

  it.each(partners.map((partner) => [partner.id, partner] as const))('%s shows its names as names, and a remark only as the editor\'s note', (id, partner) => {
    const page = pages.find((candidate) => candidate.path === `/doi-tac/${id}/`)!;
    const english = page.$('.partner-facts dd[lang="en"]');
    if (partner.nameEn) expect(english.text()).toBe(partner.nameEn);
    else expect(english.length, 'no English name row when none is known').toBe(0);
    expect(page.$('.partner-facts').text()).not.toMatch(/not given|unknown|full name/i);
    if (partner.note) expect(page.$('.partner-note').text()).toContain(partner.note);
    const heading = page.$('h1').text().trim();
    expect(heading).toBe(partnerWording.title(partner.acronym, partner.nameVi));
    if (partner.acronym) expect(heading.split(partner.acronym).length - 1, heading).toBe(1);
  });
});
