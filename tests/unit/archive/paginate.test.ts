import { describe, expect, it } from 'vitest';
import { pageParam, pageWindow, paginate } from '../../../src/archive/paginate.ts';
import { paths } from '../../../src/urls/paths.ts';

const pathOf = (page: number) => paths.topicPage('xe-dien', page);

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, index) => index + 1);
  const pages = paginate(items, 20, pathOf);

  it('cuts the listing in order, the last page holding the rest', () => {
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => page.firstItem)).toEqual([1, 21, 41]);
    expect(pages.every((page) => page.pageCount === 3 && page.itemCount === 45)).toBe(true);
  });

  it('gives every page its stable path and its neighbours', () => {
    expect(pages.map((page) => page.path)).toEqual(['/chu-de/xe-dien/', '/chu-de/xe-dien/trang/2/', '/chu-de/xe-dien/trang/3/']);
    expect([pages[0]!.previousPath, pages[0]!.nextPath]).toEqual([undefined, '/chu-de/xe-dien/trang/2/']);
    expect([pages[2]!.previousPath, pages[2]!.nextPath]).toEqual(['/chu-de/xe-dien/trang/2/', undefined]);
  });

  it('keeps one page for an empty listing, and exactly one for a full one', () => {
    expect(paginate([], 20, pathOf).map((page) => [page.path, page.items.length, page.firstItem])).toEqual([['/chu-de/xe-dien/', 0, 0]]);
    expect(paginate(items.slice(0, 20), 20, pathOf)).toHaveLength(1);
  });

  it('scales to 10,000 articles: 500 pages, the last one full', () => {
    const many = paginate(Array.from({ length: 10_000 }, (_, index) => index), 20, pathOf);
    expect(many).toHaveLength(500);
    expect(many.at(-1)!.items).toHaveLength(20);
    expect(many.at(-1)!.path).toBe('/chu-de/xe-dien/trang/500/');
  });

  it('rejects a nonsensical page size', () => {
    expect(() => paginate(items, 0, pathOf)).toThrow(/perPage/);
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, 3, null, 20]],
    [10, 20, [1, null, 8, 9, 10, 11, 12, null, 20]],
    [5, 20, [1, 2, 3, 4, 5, 6, 7, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
  ] as const)('page %i of %i → %j', (current, count, expected) => {
    expect(pageWindow(current, count)).toEqual(expected);
  });
});

describe('pageParam', () => {
  it('is what a [...page] route needs: nothing for page 1, "trang/n" after', () => {
    expect(pageParam(pathOf(1), pathOf(1))).toBeUndefined();
    expect(pageParam(pathOf(7), pathOf(1))).toBe('trang/7');
    expect(() => pageParam('/nam/2023/', pathOf(1))).toThrow(/not under/);
  });
});
