/** Built site: every page is Vietnamese, titled, canonical, and its internal links resolve. */
import { describe, expect, it } from 'vitest';
import { brokenLinks, builtPages } from '../helpers/dist.ts';

const pages = builtPages();

describe('every built page', () => {
  it('exists in numbers (home, articles, 404 at least)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  /** Pages crawlers must not index: the 404 page, and the capture pages (they repeat their article). */
  const unindexed = (path: string) => path.endsWith('404.html') || /^\/bai-viet\/[^/]+\/ban-luu\/$/.test(path);

  it.each(pages.map((page) => [page.path, page] as const))('%s has lang="vi", a title, a description and a canonical URL', (_path, page) => {
    const { $ } = page;
    expect($('html').attr('lang')).toBe('vi');
    expect($('title').text().trim().length).toBeGreaterThan(5);
    expect($('meta[name="description"]').attr('content')?.length ?? 0).toBeGreaterThan(10);
    if (unindexed(page.path)) expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    else expect($('link[rel="canonical"]').attr('href')).toMatch(/^https?:\/\//);
    expect($('h1').length).toBe(1);
  });
});

describe('internal links', () => {
  it('all resolve, #fragments included', () => {
    expect(brokenLinks()).toEqual([]);
  });
});

describe('the search page', () => {
  const search = pages.find((page) => page.path === '/tim-kiem/')!;

  it('starts the engine and the newest period downloading with the page, and no other page does', () => {
    const periods = JSON.parse(search.$('[data-search-periods]').attr('data-search-periods')!) as { key: string }[];
    expect(search.$('link[rel="modulepreload"]').map((_i, link) => search.$(link).attr('href')).get()).toEqual(['/pagefind/pagefind.js']);
    expect(search.$('link[rel="preload"][as="fetch"][crossorigin="anonymous"]').attr('href')).toBe(`/tim-kiem/ky/${periods[0]!.key}.json`);
    const elsewhere = pages.filter((page) => page !== search && page.$('link[rel="modulepreload"], link[rel="preload"]').length > 0);
    expect(elsewhere.map((page) => page.path)).toEqual([]);
  });
});
