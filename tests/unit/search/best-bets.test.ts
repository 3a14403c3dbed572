/**
 * Best bets (src/search/core/best-bets.ts): a query that names a partner, a
 * topic or a year, by id, label or longer name, with or without marks and
 * with "d" for "đ", is offered that page; a word on its way to a name, or a
 * name that is only part of a word, is not.
 */
import { describe, expect, it } from 'vitest';
import { bestBets, MAX_BEST_BETS, type BestBetCandidate } from '../../../src/search/core/best-bets.ts';
import { messages } from '../../../src/search/core/messages.ts';

const partner = (id: string, label: string, nameVi?: string): BestBetCandidate => ({ facet: 'partner', id, label, names: nameVi ? [nameVi] : [], count: 2, href: `/doi-tac/${id}/` });
const topic = (id: string, label: string): BestBetCandidate => ({ facet: 'topic', id, label, names: [], count: 1, href: `/chu-de/${id}/` });
const year = (value: number): BestBetCandidate => ({ facet: 'year', id: String(value), label: String(value), names: [], count: 2, href: `/nam/${value}/` });

const CANDIDATES: BestBetCandidate[] = [
  year(2023),
  year(2022),
  topic('bien-doi-khi-hau', 'Biến đổi khí hậu'),
  topic('halal', 'Halal'),
  topic('xe-dien', 'Xe điện'),
  topic('tieu-chuan-hoa', 'Tiêu chuẩn hóa'),
  partner('iso', 'ISO', 'Tổ chức Tiêu chuẩn hóa quốc tế'),
  partner('apo', 'APO', 'Tổ chức Năng suất Châu Á'),
  partner('sa', 'SA', 'Tiêu chuẩn Úc'),
  partner('eu-arise-plus', 'EU ARISE +', 'Chương trình EU ARISE Plus'),
  partner('chinh-phu-duc', 'Chính phủ Đức'),
];

const named = (query: string) => bestBets(query, CANDIDATES).map((bet) => `${bet.facet}:${bet.id}`);

describe('best bets', () => {
  it.each([
    ['iso', ['partner:iso']],
    ['ISO', ['partner:iso']],
    ['Tổ chức Năng suất Châu Á', ['partner:apo']],
    ['to chuc nang suat chau a', ['partner:apo']],
    ['halal', ['topic:halal']],
    ['bien doi khi hau', ['topic:bien-doi-khi-hau']],
    ['Biến đổi khí hậu', ['topic:bien-doi-khi-hau']],
    ['2023', ['year:2023']],
    // "d" for "đ", inside a word too; the id's hyphens are word breaks.
    ['chinh phu duc', ['partner:chinh-phu-duc']],
    ['eu arise plus', ['partner:eu-arise-plus']],
    ['  xe   ĐIỆN ', ['topic:xe-dien']],
  ])('“%s” names %j', (query, expected) => {
    expect(named(query)).toEqual(expected);
  });

  it('takes a name that is the whole query alone; otherwise the names inside it, in the order typed', () => {
    expect(named('xe dien 2022')).toEqual(['topic:xe-dien', 'year:2022']);
    expect(named('2022 tieu chuan hoa')).toEqual(['year:2022', 'topic:tieu-chuan-hoa']);
    // "Tiêu chuẩn hóa" is the topic's whole name and inside the ISO's; the query names the topic.
    expect(named('tiêu chuẩn hóa')).toEqual(['topic:tieu-chuan-hoa']);
  });

  it('lets the longest name have its words: one name inside another is not named again', () => {
    const withNangSuat = [...CANDIDATES, topic('nang-suat', 'Năng suất')];
    expect(bestBets('Tổ chức Năng suất Châu Á', withNangSuat).map((bet) => bet.id)).toEqual(['apo']);
    expect(bestBets('to chuc tieu chuan hoa quoc te', withNangSuat).map((bet) => bet.id)).toEqual(['iso']);
    expect(bestBets('nang suat 2023', withNangSuat).map((bet) => bet.id)).toEqual(['nang-suat', '2023']);
  });

  it('takes an id (the URL form of a name) only as the whole query', () => {
    const nangSuat = topic('nang-suat', 'Năng suất và Năng suất Xanh');
    expect(bestBets('nang suat', [nangSuat]).map((bet) => bet.id)).toEqual(['nang-suat']);
    expect(bestBets('nang-suat', [nangSuat]).map((bet) => bet.id)).toEqual(['nang-suat']);
    expect(bestBets('tang nang suat lao dong', [nangSuat])).toEqual([]);
  });

  it('needs whole words: an unfinished word, a part of a word or of a name names nothing', () => {
    for (const query of ['is', 'isos', 'hala', '202', '20234', 'bien doi', 'khi hau', 'năng suất', '']) expect(named(query), query).toEqual([]);
  });

  it('takes a two-letter name only as the whole query: inside one it is more likely a Vietnamese word', () => {
    expect(named('sa')).toEqual(['partner:sa']);
    expect(named('sa mạc')).toEqual([]);
  });

  it(`offers at most ${MAX_BEST_BETS}, each once however many of its names match`, () => {
    expect(named('iso to chuc tieu chuan hoa quoc te')).toEqual(['partner:iso']);
    expect(named('2022 2023 iso halal apo')).toHaveLength(MAX_BEST_BETS);
  });

  it('says which page a link leads to and how many articles it lists', () => {
    expect(messages.bestBet('partner', 'ISO', 2)).toBe('Đối tác: ISO — 2 bài');
    expect(messages.bestBet('topic', 'Halal', 1)).toBe('Chủ đề: Halal — 1 bài');
    expect(messages.bestBet('year', '2023', 1200)).toBe('Năm 2023 — 1.200 bài');
  });
});
