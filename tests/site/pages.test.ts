/** Built site: every page is Vietnamese, titled, canonical, and its internal links resolve. */
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../helpers/dist';
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';

const pages = builtPages();
const origin = 'https://example.org';

describe('every built page', () => {
  it('exists in numbers (home, articles, 404 at least)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s has lang="vi", a title, a description and a canonical URL', (_path, page) => {
    const { $ } = page;
    expect($('html').attr('lang')).toBe('vi');
    expect($('title').text().trim().length).toBeGreaterThan(5);
    expect($('meta[name="description"]').attr('content')?.length ?? 0).toBeGreaterThan(10);
    if (page.path.endsWith('404.html')) expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    else expect($('link[rel="canonical"]').attr('href')).toMatch(/^https?:\/\//);
    expect($('h1').length).toBe(1);
  });
});

describe('internal links', () => {
  const broken: string[] = [];
  for (const page of pages) {
    page.$('a[href], link[href]').each((_index, element) => {
      const href = page.$(element).attr('href')!;
      const url = new URL(href, origin + page.path);
      if (url.origin !== origin) return;
      const target = fileForPath(url.pathname);
      if (!target) {
        broken.push(`${page.path} → ${href} (no such file)`);
        return;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const $target = target === page.file ? page.$ : load(readFileSync(target, 'utf8'));
        if ($target(`[id="${id}"]`).length === 0) broken.push(`${page.path} → ${href} (no element with id "${id}")`);
      }
    });
  }

  it('all resolve, #fragments included', () => {
    expect(broken).toEqual([]);
  });
});
