/**
 * Vietnamese matching, ranking and excerpts on small articles: what ranks
 * first and which words are highlighted, with and without tone marks, d/đ.
 */
import { describe, expect, it } from 'vitest';
import { matchKind, queryWords } from '../../../src/search/core/match.ts';
import { parseQuery } from '../../../src/search/core/query.ts';
import { describeResult, type IndexedArticle } from '../../../src/search/core/result.ts';
import { tokenize } from '../../../src/search/core/tokens.ts';

const article = (slug: string, title: string, content: string): IndexedArticle => ({
  url: `/bai-viet/${slug}/`,
  content: `${title}. ${content}`,
  meta: { title, date: 'năm 2023', datetime: '2023' },
});

const ARTICLES = [
  article('nang-luong', 'Hợp tác về năng lượng sạch', 'Dự án năng lượng tái tạo và năng lượng mặt trời được triển khai. Đoàn công tác đã trao đổi kinh nghiệm.'),
  article('da-nang', 'Hội thảo năng suất xanh', 'Khóa đào tạo diễn ra tại Đà Nẵng. Các học viên đến Đà Nẵng từ nhiều tỉnh.'),
  article('xe-dien', 'Tiêu chuẩn cho xe điện', 'Hội thảo về pin xe điện và hệ thống sạc xe điện. Đại diện các doanh nghiệp phát biểu.'),
  article('dien-dan', 'Diễn đàn ISO khu vực', 'Diễn đàn bàn về tiêu chuẩn đo lường. Một chiếc xe đưa đoàn tới nơi, sau đó diễn ra phiên họp.'),
  article('hop-tac', 'Hợp tác quốc tế năm 2023', 'Hoạt động hợp tác quốc tế về tiêu chuẩn đo lường chất lượng đã sôi động trở lại.'),
];

const search = (query: string) => {
  const words = queryWords(parseQuery(query).words);
  return ARTICLES.map((candidate) => describeResult(candidate, words))
    .filter((result) => result.score > 0)
    .sort((a, b) => b.score - a.score);
};
const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((segment) => segment.marked).map((segment) => segment.text);

describe('ranking and highlighting, table of queries', () => {
  it.each([
    // query, article that must rank first, phrases its excerpt must highlight
    ['xe dien', 'xe-dien', ['xe điện']],
    ['xe điện', 'xe-dien', ['xe điện']],
    ['XE DIEN', 'xe-dien', ['xe điện']],
    ['Da Nang', 'da-nang', ['Đà Nẵng']],
    ['da nang', 'da-nang', ['Đà Nẵng']],
    ['đà nẵng', 'da-nang', ['Đà Nẵng']],
    ['do luong chat luong', 'hop-tac', ['đo lường chất lượng']],
    ['hop tac quoc te', 'hop-tac', ['hợp tác quốc tế']],
    ['năng', 'nang-luong', ['năng']],
    ['nẵng', 'da-nang', ['Nẵng']],
    ['dien dan', 'dien-dan', ['Diễn đàn']],
  ])('%j ranks %s first and highlights %j', (query, first, phrases) => {
    const results = search(query);
    expect(results[0]?.url).toBe(`/bai-viet/${first}/`);
    expect(marked(results[0]!.excerpt)).toEqual(expect.arrayContaining(phrases));
  });

  it('"năng" (typed with marks) ranks "năng lượng" above "Đà Nẵng", and highlights only exact words', () => {
    const results = search('năng').map((result) => result.url);
    expect(results.indexOf('/bai-viet/nang-luong/')).toBeLessThan(results.indexOf('/bai-viet/da-nang/'));
    const nangLuong = search('năng').find((result) => result.url === '/bai-viet/nang-luong/')!;
    expect(marked(nangLuong.excerpt).every((phrase) => phrase === 'năng')).toBe(true);
  });

  it('"xe dien" does not highlight "xe" and "diễn" standing apart when "xe điện" is not there', () => {
    const dienDan = search('xe dien').find((result) => result.url === '/bai-viet/dien-dan/');
    expect(search('xe dien')[0]!.url).toBe('/bai-viet/xe-dien/');
    expect(dienDan === undefined || dienDan.score < search('xe dien')[0]!.score).toBe(true);
  });

  it('marks the matched words in the title too', () => {
    expect(marked(search('xe dien')[0]!.title)).toEqual(['xe điện']);
  });

  it('links to the article with a text fragment of the highlighted words', () => {
    expect(search('xe dien')[0]!.href).toBe(`/bai-viet/xe-dien/#:~:text=${encodeURIComponent('xe điện')}`);
  });

  it('finds nothing for words no article has', () => {
    expect(search('zzz qqq')).toEqual([]);
  });
});

describe('matchKind', () => {
  const [token] = tokenize('Điện');
  it.each([
    ['điện', 'exact'],
    ['dien', 'folded'],
    ['diện', 'folded'],
    ['đi', 'prefix'],
    ['x', undefined],
  ])('query %j against "Điện" is %s', (query, kind) => {
    expect(matchKind(queryWords([query])[0]!, token!)).toBe(kind);
  });

  it('matches a prefix only for the last word, still being typed', () => {
    const [first] = queryWords(['đi', 'xe']);
    expect(matchKind(first!, token!)).toBeUndefined();
  });
});

describe('excerpts', () => {
  it('show the real text around the match, with ellipses where it goes on', () => {
    const long = article('dai', 'Bài dài', `${'Mở đầu bài viết. '.repeat(30)}Hội thảo về xe điện diễn ra. ${'Kết thúc. '.repeat(30)}`);
    const { excerpt } = describeResult(long, queryWords(['xe', 'dien']));
    const text = excerpt.map((segment) => segment.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('Hội thảo về xe điện diễn ra');
  });

  it('do not repeat the title the result already shows', () => {
    const { excerpt } = describeResult(ARTICLES[0]!, queryWords(['du', 'an']));
    expect(excerpt.map((segment) => segment.text).join('').startsWith('Dự án')).toBe(true);
  });
});
