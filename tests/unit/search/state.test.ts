/** URL state, facet arithmetic, text-fragment links and messages of the search page. */
import { describe, expect, it } from 'vitest';
import { applySelection, facetCounts, type FacetValuesOf } from '../../../src/search/core/facets.ts';
import { formatCount, messages } from '../../../src/search/core/messages.ts';
import { textFragmentHref } from '../../../src/search/core/text-fragment.ts';
import { emptyFilters, parseSearchState, serializeSearchState, type SearchState } from '../../../src/search/core/url-state.ts';

describe('search state in the URL', () => {
  const state: SearchState = {
    query: 'xe dien',
    filters: { year: ['2023', '2022'], topic: ['xe-dien'], partner: [] },
    sort: 'moi-nhat',
  };

  it('serialises with Vietnamese parameter names and sorted values', () => {
    expect(serializeSearchState(state)).toBe('?q=xe+dien&nam=2022&nam=2023&chu-de=xe-dien&sap-xep=moi-nhat');
  });

  it('round-trips', () => {
    const parsed = parseSearchState(serializeSearchState(state));
    expect(parsed).toEqual({ ...state, filters: { ...state.filters, year: ['2022', '2023'] } });
    expect(serializeSearchState(parsed)).toBe(serializeSearchState(state));
  });

  it('keeps Vietnamese and hostile text in q intact (it is only ever shown as text)', () => {
    for (const query of ['Đà Nẵng', '<img src=x onerror=alert(1)>', 'a&b=c#d']) {
      expect(parseSearchState(serializeSearchState({ query, filters: emptyFilters(), sort: 'lien-quan' })).query).toBe(query);
    }
  });

  it('leaves out what is empty or default', () => {
    expect(serializeSearchState({ query: '  ', filters: emptyFilters(), sort: 'lien-quan' })).toBe('');
  });

  it('drops unknown filter values and sorts, and duplicates', () => {
    const known = { year: new Set(['2023']), topic: new Set(['xe-dien']), partner: new Set(['iso']) };
    const parsed = parseSearchState('?q=iso&nam=1999&nam=2023&nam=2023&doi-tac=iso&doi-tac=khong-co&sap-xep=ngau-nhien', known);
    expect(parsed).toEqual({ query: 'iso', filters: { year: ['2023'], topic: [], partner: ['iso'] }, sort: 'lien-quan' });
  });

  it('reads what the no-script GET form sends', () => {
    expect(parseSearchState('?q=hop+tac+quoc+te').query).toBe('hop tac quoc te');
  });
});

describe('facets', () => {
  const pages: Record<string, Record<'year' | 'topic' | 'partner', string[]>> = {
    a: { year: ['2022'], topic: ['halal'], partner: ['iso'] },
    b: { year: ['2023'], topic: ['xe-dien'], partner: ['iso'] },
    c: { year: ['2023'], topic: ['halal'], partner: [] },
  };
  const membership: FacetValuesOf = (id, facet) => pages[id]![facet];
  const none = { year: [], topic: [], partner: [] };

  it('keeps every id without a selection, in order', () => {
    expect(applySelection(['c', 'a', 'b'], membership, none)).toEqual(['c', 'a', 'b']);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    expect(applySelection(['a', 'b', 'c'], membership, { ...none, year: ['2022', '2023'] })).toEqual(['a', 'b', 'c']);
    expect(applySelection(['a', 'b', 'c'], membership, { ...none, year: ['2023'], topic: ['halal'] })).toEqual(['c']);
    expect(applySelection(['a', 'b', 'c'], membership, { year: ['2023'], topic: ['halal'], partner: ['iso'] })).toEqual([]);
  });

  it('counts each facet without its own selection, within the others', () => {
    const counts = facetCounts(['a', 'b', 'c'], membership, { ...none, year: ['2023'] });
    expect(Object.fromEntries(counts.year)).toEqual({ '2022': 1, '2023': 2 });
    expect(Object.fromEntries(counts.topic)).toEqual({ 'xe-dien': 1, halal: 1 });
    expect(Object.fromEntries(counts.partner)).toEqual({ iso: 1 });
  });

  it('counts only the ids of the search', () => {
    const counts = facetCounts(['b'], membership, none);
    expect(Object.fromEntries(counts.year)).toEqual({ '2023': 1 });
  });
});

describe('textFragmentHref', () => {
  it('adds one text directive per distinct phrase, percent-encoded', () => {
    expect(textFragmentHref('/bai-viet/x/', ['xe điện', 'xe điện', 'Đà Nẵng'])).toBe(
      '/bai-viet/x/#:~:text=xe%20%C4%91i%E1%BB%87n&text=%C4%90%C3%A0%20N%E1%BA%B5ng',
    );
  });

  it('escapes the characters the directive syntax reserves', () => {
    expect(textFragmentHref('/a/', ['2022-2023, A&B'])).toBe('/a/#:~:text=2022%2D2023%2C%20A%26B');
  });

  it('leaves the URL alone when nothing is highlighted, and replaces an existing hash', () => {
    expect(textFragmentHref('/a/', [])).toBe('/a/');
    expect(textFragmentHref('/a/#su-kien-1', ['ISO'])).toBe('/a/#:~:text=ISO');
  });
});

describe('messages', () => {
  it('echo a long query by its start only', () => {
    const long = 'hợp tác '.repeat(30).trim();
    const text = messages.count(3, long);
    expect(text.startsWith('Tìm thấy 3 bài viết cho “hợp tác')).toBe(true);
    expect(text.endsWith('…”.')).toBe(true);
    expect(text.length).toBeLessThan(120);
    expect(messages.noResults('xe dien')).toBe('Không tìm thấy bài viết nào cho “xe dien”.');
  });

  it('group thousands the Vietnamese way', () => {
    expect(messages.count(9999, 'tieu chuan')).toBe('Tìm thấy 9.999 bài viết cho “tieu chuan”.');
    expect(messages.showMore(12345)).toBe('Xem thêm kết quả (còn 12.345)');
  });

  it('group thousands as Intl does for vi-VN, without building its formatter', () => {
    const vi = new Intl.NumberFormat('vi-VN');
    for (const count of [0, 7, 42, 999, 1000, 1234, 10000, 99999, 123456, 1234567, 10000000]) expect(formatCount(count)).toBe(vi.format(count));
  });

  it('say while older years are still being searched, and where results were found so far', () => {
    expect(messages.partial(1200, 'xe dien', [{ from: 2024, to: 2024 }])).toBe('Đã tìm thấy 1.200 bài viết cho “xe dien” trong năm 2024. Đang tìm tiếp trong các năm khác…');
    expect(messages.partial(0, 'xe dien', [{ from: 2024, to: 2024 }, { from: 2017, to: 2023 }])).toBe('Chưa thấy bài viết nào cho “xe dien” trong các năm 2017–2024. Đang tìm tiếp trong các năm khác…');
    expect(messages.partial(3, '', [{ from: 2022, to: 2022 }])).toBe('3 bài viết khớp bộ lọc trong năm 2022. Đang tìm tiếp trong các năm khác…');
  });
});
