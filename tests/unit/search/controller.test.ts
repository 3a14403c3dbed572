/**
 * What the reader sees as periods answer (src/search/browser/controller.ts):
 * the first page once it is full or the search is complete, results on
 * screen never moving, later and better results waiting for "more", and
 * the status saying while older years are still being searched.
 */
import { describe, expect, it } from 'vitest';
import { SearchController, type SearchView } from '../../../src/search/browser/controller.ts';
import { ArchiveSearch } from '../../../src/search/browser/engine.ts';
import type { BestBetCandidate } from '../../../src/search/core/best-bets.ts';
import { messages } from '../../../src/search/core/messages.ts';
import type { ResultView } from '../../../src/search/core/result.ts';
import { emptyFilters, type SearchState } from '../../../src/search/core/url-state.ts';
import { FakePeriod, type FakePage } from './fake-periods.ts';

class FakeView implements SearchView {
  readonly screens: string[][] = [];
  /** How many results each first showing held. */
  readonly firstShown: number[] = [];
  readonly statuses: string[] = [];
  pendingNow = false;
  answers = 0;
  readonly #ids = (views: ResultView[]) => views.map((view) => /bai-viet\/([^/]+)\//.exec(view.url)![1]!);
  message(text: string): void {
    this.statuses.push(text);
  }
  busy(): void {}
  /** "Đang tìm…" is said apart from the statuses, which record answers. */
  searchingCalls = 0;
  searching(): void {
    this.searchingCalls += 1;
  }
  readonly bets: string[][] = [];
  bestBets(bets: readonly { id: string }[]): void {
    this.bets.push(bets.map((bet) => bet.id));
  }
  clearOffered = false;
  offerClearFilters(offer: boolean): void {
    this.clearOffered = offer;
  }
  readonly notes: string[][] = [];
  show(status: string, notes: string[], views: ResultView[]): void {
    this.notes.push(notes);
    this.screens.push(this.#ids(views));
    this.firstShown.push(views.length);
    this.statuses.push(status);
  }
  status(text: string, notes: string[]): void {
    this.statuses.push(text);
    this.notes.push(notes);
  }
  extend(views: ResultView[]): void {
    this.screens[this.screens.length - 1]!.push(...this.#ids(views));
  }
  remaining(): void {}
  counts(): void {}
  pending(isPending: boolean): void {
    this.pendingNow = isPending;
  }
  answered(): void {
    this.answers += 1;
  }
  append(views: ResultView[]): void {
    this.screens[this.screens.length - 1]!.push(...this.#ids(views));
  }
}

const state = (query: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({ query, filters: { ...emptyFilters(), ...filters }, sort: 'lien-quan' });
const weak = (count: number, prefix: string): FakePage[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index + 1}`, title: `Tin ${index + 1}`, text: 'Bàn về tiêu chuẩn.' }));
const strong: FakePage = { id: 'strong', title: 'Tiêu chuẩn', text: 'Tiêu chuẩn, tiêu chuẩn và tiêu chuẩn quốc tế.' };

async function searched(periods: FakePeriod[], query: string) {
  const view = new FakeView();
  const controller = new SearchController(view, new ArchiveSearch(periods));
  await controller.run(state(query));
  return { view, controller };
}

describe('SearchController', () => {
  it('shows the newest period once it fills a page, and keeps it in place when a better older result arrives', async () => {
    const { view, controller } = await searched([new FakePeriod('2023', weak(12, 'new')), new FakePeriod('2022', [strong])], 'tieu chuan');
    expect(view.screens).toHaveLength(1);
    // The first three as soon as their texts have come, the rest of the page below them.
    expect(view.firstShown).toEqual([3]);
    expect(view.screens[0]).toEqual(weak(10, 'new').map(({ id }) => id));
    expect(view.statuses[0]).toBe('Đã tìm thấy 12 bài viết cho “tieu chuan” trong năm 2023. Đang tìm tiếp trong các năm khác…');
    expect(view.statuses.at(-1)).toBe('Tìm thấy 13 bài viết cho “tieu chuan”.');
    expect([view.pendingNow, view.answers]).toEqual([false, 1]);
    // The better older result leads what "more" brings.
    await controller.showMore();
    expect(view.screens[0]!.slice(10)).toEqual(['strong', 'new11', 'new12']);
  });

  it('waits for older periods while the first page is not full, so the best of them leads it', async () => {
    const { view } = await searched([new FakePeriod('2023', weak(2, 'new')), new FakePeriod('2022', [strong])], 'tieu chuan');
    expect(view.screens).toEqual([['strong', 'new1', 'new2']]);
    expect(view.statuses).toEqual(['Tìm thấy 3 bài viết cho “tieu chuan”.']);
  });

  it('puts the pages holding the words as a phrase first and counts both groups', async () => {
    // Both words in its title, many times in its text: it would lead by score alone.
    const apart: FakePage = { id: 'apart', title: 'Tiêu chí, chuẩn mực', text: 'Tiêu chí và chuẩn mực; tiêu chí, chuẩn mực, tiêu chí.' };
    const once: FakePage = { id: 'once', title: 'Tin', text: 'Bàn về tiêu chuẩn.' };
    const { view } = await searched([new FakePeriod('2023', [apart, once])], 'tieu chuan');
    expect(view.screens).toEqual([['once', 'apart']]);
    expect(view.statuses).toEqual(['Tìm thấy 2 bài viết cho “tieu chuan”: 1 bài có cụm từ “tieu chuan”, 1 bài có các từ đứng rời nhau.']);
  });

  it('a newer search replaces the first page; nothing of an overtaken search is shown', async () => {
    const view = new FakeView();
    const halal: FakePage = { id: 'halal', title: 'Halal', text: 'Chứng nhận Halal.' };
    const controller = new SearchController(view, new ArchiveSearch([new FakePeriod('2023', [...weak(12, 'new'), halal]), new FakePeriod('2022', [strong])]));
    const overtaken = controller.run(state('tieu chuan'));
    await controller.run(state('halal'));
    await overtaken;
    // The newer search is what the screen holds; none of the first search's pages ever showed.
    expect(view.screens).toEqual([['halal']]);
    expect(view.statuses).toEqual(['Tìm thấy 1 bài viết cho “halal”.']);
  });

  it('says it is searching as soon as a search starts, before any period has answered', async () => {
    const view = new FakeView();
    const controller = new SearchController(view, new ArchiveSearch([new FakePeriod('2023', [strong])]));
    const running = controller.run(state('tieu chuan'));
    expect([view.searchingCalls, view.statuses]).toEqual([1, []]);
    await running;
    expect(view.statuses).toEqual(['Tìm thấy 1 bài viết cho “tieu chuan”.']);
  });

  it('names the filters as the cause when they hide every result, offers to clear them, and gives no spelling advice', async () => {
    const view = new FakeView();
    const controller = new SearchController(view, new ArchiveSearch([new FakePeriod('2023', [{ ...strong, partners: ['apo'] }])]));
    await controller.run(state('tieu chuan', { partner: ['iso'] }));
    expect(view.statuses.at(-1)).toBe('Không có bài viết nào về “tieu chuan” với bộ lọc đã chọn. Bỏ bộ lọc sẽ có 1 kết quả.');
    expect(view.notes.at(-1)).not.toContain(messages.noResultsHelp);
    expect(view.clearOffered).toBe(true);
    // Words that find nothing at all: the spelling advice, and nothing to clear.
    await controller.run(state('halal', { partner: ['iso'] }));
    expect(view.statuses.at(-1)).toBe('Không tìm thấy bài viết nào cho “halal”.');
    expect(view.notes.at(-1)).toContain(messages.noResultsHelp);
    expect(view.clearOffered).toBe(false);
    await controller.run(state('tieu chuan', { partner: ['apo'] }));
    expect([view.statuses.at(-1), view.clearOffered]).toEqual(['Tìm thấy 1 bài viết cho “tieu chuan”.', false]);
  });

  it('offers the pages the query names together with its results', async () => {
    const candidates: BestBetCandidate[] = [
      { facet: 'partner', id: 'iso', label: 'ISO', names: ['Tổ chức Tiêu chuẩn hóa quốc tế'], count: 2, href: '/doi-tac/iso/' },
      { facet: 'year', id: '2023', label: '2023', names: [], count: 2, href: '/nam/2023/' },
    ];
    const view = new FakeView();
    const controller = new SearchController(view, new ArchiveSearch([new FakePeriod('2023', [strong])]), candidates);
    await controller.run(state('tieu chuan 2023'));
    await controller.run(state('tieu chuan'));
    expect(view.bets).toEqual([['2023'], []]);
  });
});
