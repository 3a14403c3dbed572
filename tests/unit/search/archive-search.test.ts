/**
 * The search over several periods (src/search/browser/engine.ts), against
 * periods that answer as Pagefind does (fake-periods.ts): one order across
 * periods, the newest answering first and alone, every word required,
 * Pagefind's stand-in words dropped, filters and counts from the periods'
 * facet files.
 */
import { describe, expect, it } from 'vitest';
import { ArchiveSearch, type SearchProgress } from '../../../src/search/browser/engine.ts';
import { parseQuery } from '../../../src/search/core/query.ts';
import { emptyFilters, type SearchState } from '../../../src/search/core/url-state.ts';
import { FakePeriod, type FakePage } from './fake-periods.ts';

const state = (query: string, change: Partial<SearchState> = {}): SearchState => ({ query, filters: emptyFilters(), sort: 'lien-quan', ...change });

interface Step {
  /** Article ids of the results, in order. */
  ordered: string[];
  progress: SearchProgress;
}

/** Runs a search; each step's results named by article (through the views, as the page reads them). */
async function run(periods: FakePeriod[], search: SearchState): Promise<Step[]> {
  const steps: Step[] = [];
  await new ArchiveSearch(periods).run(
    search,
    parseQuery(search.query),
    async (progress) => {
      const views = await Promise.all(progress.ordered().map(progress.view));
      steps.push({ progress, ordered: views.map((view) => /bai-viet\/([^/]+)\//.exec(view.url)![1]!) });
    },
    () => true,
  );
  return steps;
}

const page = (id: string, title: string, text: string, more: Partial<FakePage> = {}): FakePage => ({ id, title, text, ...more });

describe('ArchiveSearch', () => {
  it('merges the periods into one order by score, and reports each period as it answers, newest first', async () => {
    const newer = new FakePeriod('2023', [page('a', 'Tin hợp tác', 'Hội thảo về tiêu chuẩn năm 2023.')]);
    const older = new FakePeriod('2022', [page('b', 'Tiêu chuẩn quốc gia', 'Tiêu chuẩn và tiêu chuẩn hóa.'), page('c', 'Tin khác', 'Không có từ cần tìm.')]);
    const steps = await run([newer, older], state('tieu chuan'));
    expect(steps.map((step) => [step.ordered, step.progress.pending.map(({ key }) => key)])).toEqual([
      [['a'], ['2022']],
      [['b', 'a'], []],
    ]);
  });

  it('asks the older periods for nothing until the newest has been reported', async () => {
    const log: string[] = [];
    const periods = [new FakePeriod('2023', [page('a', 'Xe điện', 'Xe điện.')], log), new FakePeriod('2022', [page('b', 'Xe điện', 'Xe điện.')], log)];
    await new ArchiveSearch(periods).run(state('xe dien'), parseQuery('xe dien'), async () => void log.push('reported'), () => true);
    expect(log.slice(0, log.indexOf('reported'))).not.toContainEqual(expect.stringMatching(/^2022:/));
    expect(log.filter((entry) => entry === 'reported')).toHaveLength(2);
  });

  it('fetches the words of a query being typed (or in a shared link) in the period that will answer first, and nothing of the others', async () => {
    const periods = [new FakePeriod('2023', [page('a', 'Xe điện', 'Xe điện.')]), new FakePeriod('2022', [page('b', 'Xe điện', 'Xe điện.')])];
    const search = new ArchiveSearch(periods);
    search.prepare(state('xe dien'), parseQuery('xe dien'));
    search.prepare(state('xe', { filters: { ...emptyFilters(), year: ['2022'] } }), parseQuery('xe'));
    search.prepare(state(''), parseQuery(''));
    search.prepare(state('!!!', { filters: { ...emptyFilters(), year: ['2022'] } }), parseQuery('!!!'));
    // Without words (a filter-only link, an empty box, punctuation alone) the period is opened all the same.
    expect(periods.map((period) => period.calls)).toEqual([['prepare xe | "xe" | dien | đien | "xe dien" | "xe đien"', 'prepare'], ['prepare xe', 'prepare']]);
  });

  it('requires every word, "d" finding "đ" and tone marks folded', async () => {
    const steps = await run(
      [new FakePeriod('2023', [page('both', 'Pin', 'Trạm sạc xe điện.'), page('one', 'Xe', 'Xe buýt chạy dầu.'), page('other', 'Điện', 'Điện mặt trời.')])],
      state('xe dien'),
    );
    expect(steps.at(-1)!.ordered).toEqual(['both']);
  });

  it('puts the pages holding the words side by side first and counts them; the others follow', async () => {
    const newer = new FakePeriod('2023', [page('apart', 'Tin', 'Quốc hội Hàn thông qua luật.'), page('none', 'Tin', 'Hàng hóa quốc tế.')]);
    const older = new FakePeriod('2022', [page('together', 'Tin', 'Đoàn Hàn Quốc sang thăm.')]);
    const last = (await run([newer, older], state('han quoc'))).at(-1)!;
    // "Hàng" starts with "han", but only the last word may be unfinished.
    expect(last.ordered).toEqual(['together', 'apart']);
    expect([last.progress.phraseTotal, last.progress.total]).toEqual([1, 2]);
  });

  it('finds "đ" inside a word typed with "d": "tcdlcl" finds "TCĐLCL", "nd" finds "NĐ"', async () => {
    const period = new FakePeriod('2023', [page('a', 'Tin', 'Đoàn TCĐLCL họp.'), page('b', 'Tin', 'Theo NĐ-CP số 1.')]);
    expect((await run([period], state('tcdlcl'))).at(-1)!.ordered).toEqual(['a']);
    expect((await run([period], state('ndcp'))).at(-1)!.ordered).toEqual(['b']);
  });

  it("drops the pages Pagefind gives for a word no page of the period has (its stand-in: the longest word the term starts with), and does not count them", async () => {
    const newer = new FakePeriod('2023', [page('duong', 'Ông Dương Văn', 'Bà Dương phát biểu.')]);
    const older = new FakePeriod('2022', [page('du', 'Tin', 'Dù trời mưa, dự án vẫn chạy.'), page('x', 'Tin', 'Không liên quan.')]);
    const steps = await run([newer, older], state('duong'));
    expect(steps.at(-1)!.ordered).toEqual(['duong']);
    expect(steps.at(-1)!.progress.unfilteredTotal).toBe(1);
    // Unfinished words still find the words they start: "phat" → "phát".
    expect((await run([newer, older], state('phat'))).at(-1)!.ordered).toEqual(['duong']);
  });

  it('tells whole words from Pagefind\'s stand-ins by whole-word searches: the only texts fetched are the results\' own', async () => {
    const period = new FakePeriod('2023', [page('a', 'Xe điện', 'Trạm sạc xe điện.'), page('b', 'Tin', 'Năng lượng sạch.')]);
    await run([period], state('xe dien'));
    await run([period], state('năng'));
    expect(period.calls.filter((call) => call.startsWith('fragment'))).toEqual(['fragment 0', 'fragment 1']);
  });

  it('fetches the texts of the first period\'s pages holding every word while its other searches run, when they are no more than a page of results', async () => {
    const log: string[] = [];
    const few = new FakePeriod('2023', [page('a', 'Xe điện', 'Trạm sạc xe điện.'), page('b', 'Tin', 'Xe buýt.')], log);
    await new ArchiveSearch([few]).run(state('xe dien'), parseQuery('xe dien'), async () => void log.push('reported'), () => true);
    // The bare searches and the others asked together; the text of the one page holding both words as soon as the bare
    // ones answer, before the unfinished word's proof and the report.
    expect(log.slice(0, log.indexOf('reported'))).toEqual(['2023:file', '2023:hits', '2023:hits', '2023:fragment 0', '2023:hits']);
    const many = new FakePeriod('2023', Array.from({ length: 11 }, (_, index) => page(`p${index}`, 'Xe điện', 'Xe điện.')));
    await new ArchiveSearch([many]).run(state('xe dien'), parseQuery('xe dien'), async () => undefined, () => true);
    expect(many.calls.filter((call) => call.startsWith('fragment'))).toEqual([]);
  });

  it('ranks the marks as typed first: "năng" puts "năng lượng" above "Đà Nẵng"', async () => {
    const period = new FakePeriod('2023', [page('da-nang', 'Đào tạo', 'Khóa học tại Đà Nẵng.'), page('nang-luong', 'Hợp tác', 'Dự án năng lượng sạch.')]);
    expect((await run([period], state('năng'))).at(-1)!.ordered).toEqual(['nang-luong', 'da-nang']);
    expect((await run([period], state('nẵng'))).at(-1)!.ordered).toEqual(['da-nang', 'nang-luong']);
  });

  it('filters and counts from the facet files: counts ignore their own facet, equal the pages that carry each value', async () => {
    const periods = [
      new FakePeriod('2023', [page('a', 'Tin', 'Tiêu chuẩn.', { topics: ['xe-dien'], partners: ['iso'] }), page('b', 'Tin', 'Tiêu chuẩn.', { topics: ['halal'] })]),
      new FakePeriod('2022', [page('c', 'Tin', 'Tiêu chuẩn.', { topics: ['xe-dien'], partners: ['apo'] })]),
    ];
    const last = (await run(periods, state('tieu chuan', { filters: { ...emptyFilters(), topic: ['xe-dien'] } }))).at(-1)!;
    expect(last.ordered).toEqual(['a', 'c']);
    expect(last.progress.unfilteredTotal).toBe(3);
    expect(Object.fromEntries(last.progress.counts().topic)).toEqual({ 'xe-dien': 2, halal: 1 });
    expect(Object.fromEntries(last.progress.counts().year)).toEqual({ 2023: 1, 2022: 1 });
    expect(Object.fromEntries(last.progress.counts().partner)).toEqual({ iso: 1, apo: 1 });
  });

  it('without words lists the filtered pages newest first (or oldest first), the chosen years searched first', async () => {
    const periods = [new FakePeriod('2023', [page('a', 'A', 'x'), page('b', 'B', 'x')]), new FakePeriod('2022', [page('c', 'C', 'x')])];
    expect((await run(periods, state(''))).at(-1)!.ordered).toEqual(['a', 'b', 'c']);
    const oldest = await run(periods, state('', { sort: 'cu-nhat' }));
    expect(oldest.map((step) => step.progress.searched.map(({ key }) => key))).toEqual([['2022'], ['2022', '2023']]);
    expect(oldest.at(-1)!.ordered).toEqual(['c', 'b', 'a']);
    const chosen = await run(periods, state('', { filters: { ...emptyFilters(), year: ['2022'] } }));
    expect(chosen[0]!.progress.searched.map(({ key }) => key)).toEqual(['2022']);
    expect(chosen.at(-1)!.ordered).toEqual(['c']);
  });
});
