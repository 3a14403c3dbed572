/**
 * The interface's wording lives in src/reference/wording.ts, so the next wording pass
 * is one file: the pages, layouts and components write no Vietnamese of their own,
 * except the files listed here with the reason, and the module itself uses none of
 * the retired terms.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as wording from '../../../src/reference/wording.ts';
import { projectRoot } from '../../../scripts/shared/content-files.ts';
import { filesBelow } from '../../../scripts/shared/sizes.ts';

/** Files that still hold Vietnamese wording, and why. */
const NOT_YET: Record<string, string> = {
  'src/components/ArticleBody.astro': 'CSS `content:` labels for photo captions; a stylesheet cannot import the module',
  'src/components/SiteHeader.astro': 'the brand mark "TCĐLCL" is the acronym itself, not wording',
  'src/components/SiteFooter.astro': 'the publisher line and the links to the pages a public body owes; they move with the publisher pages',
  'src/components/ContactDetails.astro': 'labels of the contact block, beside the publisher pages they serve',
  'src/pages/gioi-thieu/index.astro': 'long-form page prose (about the archive), not interface wording',
  'src/pages/lien-he/index.astro': 'long-form page prose (contact), not interface wording',
  'src/pages/giay-phep/index.astro': 'long-form page prose (the licences), not interface wording',
  'src/pages/kha-nang-tiep-can/index.astro': 'long-form page prose (the accessibility statement), not interface wording',
  'src/components/SearchFacet.astro': 'the search work (branch searchux) owns it',
  'src/components/SearchFilters.astro': 'the search work (branch searchux) owns it',
  'src/components/SearchForm.astro': 'the search work (branch searchux) owns it',
  'src/components/SearchNoScript.astro': 'the search work (branch searchux) owns it',
  'src/components/SearchResults.astro': 'the search work (branch searchux) owns it',
  'src/pages/tim-kiem/index.astro': 'the search work (branch searchux) owns it',
  'src/pages/du-lieu/index.astro': 'the data page\'s prose and its licence section: long-form text about the files',
};

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** Comments say why in English and may quote the Vietnamese they explain. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^\s*\/\/.*$/gm, '').replace(/<!--[\s\S]*?-->/g, '');

const siteFiles = ['src/components', 'src/layouts', 'src/pages'].flatMap((folder) =>
  filesBelow(join(projectRoot, folder)).map((file) => relative(projectRoot, join(projectRoot, folder, file))).filter((file) => /\.(astro|ts)$/.test(file)),
);

describe('the wording module', () => {
  it('reads the site files (a guard against a walk that finds none)', () => {
    expect(siteFiles.length).toBeGreaterThan(40);
  });

  it.each(siteFiles.filter((file) => !(file in NOT_YET)))('%s takes its Vietnamese from src/reference/wording.ts', (file) => {
    const lines = withoutComments(readFileSync(join(projectRoot, file), 'utf8')).split('\n').filter((line) => VIETNAMESE.test(line));
    expect(lines.map((line) => line.trim())).toEqual([]);
  });

  it('lists as exceptions only files that still need it', () => {
    const stale = Object.keys(NOT_YET).filter((file) => !siteFiles.includes(file) || !VIETNAMESE.test(withoutComments(readFileSync(join(projectRoot, file), 'utf8'))));
    expect(stale).toEqual([]);
  });

  it('uses none of the retired terms in any of its strings', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String(value));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    const { RETIRED_TERMS, ...strings } = wording;
    collect(strings);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => RETIRED_TERMS.some((term) => text.includes(term)))).toEqual([]);
  });
});
