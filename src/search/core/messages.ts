/** Every sentence the search page says, in one place and in Vietnamese. */
import { MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, type QueryProblem } from './query.ts';
import type { FacetKey } from './url-state.ts';

/** A pasted paragraph is echoed by its start only; the field above still holds all of it. */
const ECHO_CHARACTERS = 80;
const echo = (query: string) => {
  const characters = [...query];
  return characters.length > ECHO_CHARACTERS ? `${characters.slice(0, ECHO_CHARACTERS).join('').trimEnd()}…` : query;
};

/**
 * 9.999 bài viết: Vietnamese groups thousands with a dot, as
 * Intl.NumberFormat('vi-VN') does for whole numbers (the unit test checks
 * both agree). Counts are whole numbers, so the dots are put in here:
 * in Chromium the page's first Intl.NumberFormat costs 12–18 ms (loading
 * the locale's data), which fell on the first search's path to its results
 * (issue 18; toLocaleString() before it built a formatter per call).
 */
export const formatCount = (count: number): string => String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// Not "Trang chủ đề": readers take "Trang chủ" for the home page. The heading already says these are pages.
const bestBetKinds: Record<Exclude<FacetKey, 'year'>, string> = { partner: 'Đối tác', topic: 'Chủ đề' };

export const messages = {
  loading: 'Đang tìm…',
  problem: {
    empty: 'Hãy nhập từ cần tìm, có dấu hoặc không dấu, ví dụ “xe điện” hoặc “xe dien”.',
    'no-words': 'Từ khóa chỉ gồm dấu cách hoặc dấu câu. Hãy nhập ít nhất một chữ hoặc số.',
  } satisfies Record<QueryProblem, string>,
  truncated: `Từ khóa quá dài: chỉ ${MAX_QUERY_WORDS} từ đầu (tối đa ${MAX_QUERY_CHARACTERS} ký tự) được dùng để tìm.`,
  noResults: (query: string) => `Không tìm thấy bài viết nào cho “${echo(query)}”.`,
  noResultsHelp: 'Hãy thử ít từ hơn, kiểm tra chính tả, hoặc gõ không dấu.',
  /** Zero results because of the filters: said as the cause, in the status line, with what removing them gives. */
  filteredOut: (query: string, count: number) =>
    `Không có bài viết nào về “${echo(query)}” với bộ lọc đã chọn. Bỏ bộ lọc sẽ có ${formatCount(count)} kết quả.`,
  /** The button that keeps the words and clears every filter. */
  clearFilters: 'Bỏ bộ lọc',
  /** The filters' disclosure (closed on a narrow screen): its name and how many filters are on. */
  filtersSummary: (active: number) => (active === 0 ? 'Lọc và sắp xếp' : `Lọc và sắp xếp (đã chọn ${formatCount(active)} bộ lọc)`),
  /** Heading of the best bets, the pages a query names (read by screen readers). */
  bestBetsHeading: 'Trang liên quan',
  /** A best bet's link: the page of a partner, topic or year the query names, with its articles. */
  bestBet: (facet: FacetKey, label: string, count: number) =>
    `${facet === 'year' ? `Năm ${label}` : `${bestBetKinds[facet]}: ${label}`} — ${formatCount(count)} bài`,
  count: (count: number, query: string, together = 0) =>
    query === ''
      ? `${formatCount(count)} bài viết khớp bộ lọc.`
      : // Said only when both groups are there: when every result holds the phrase, it tells nothing.
        together > 0 && together < count
        ? `Tìm thấy ${formatCount(count)} bài viết cho “${echo(query)}”: ${formatCount(together)} bài có cụm từ “${echo(query)}”, ${formatCount(count - together)} bài có các từ đứng rời nhau.`
        : `Tìm thấy ${formatCount(count)} bài viết cho “${echo(query)}”.`,
  /** Heading above the results of one group, where the group changes: the phrase, or its words apart. */
  groupHeading: (together: boolean, query: string) => (together ? `Bài có cụm từ “${echo(query)}”` : `Bài có các từ “${echo(query)}” đứng rời nhau`),
  /** Heading above the pages one synonym found (the typed words did not): the name it searched. */
  synonymHeading: (name: string) => `Bài có “${name}”`,
  /** The synonyms searched besides the typed words (src/search/core/synonyms.ts), in the notes under the status. */
  synonyms: (names: readonly string[]) => `Cũng tìm: ${names.join(', ')}.`,
  /** While older periods are still being searched: what was found where, and that more may come. */
  partial: (count: number, query: string, searched: readonly { from: number; to: number }[]) => {
    const [first, last] = [Math.min(...searched.map(({ from }) => from)), Math.max(...searched.map(({ to }) => to))];
    const where = first === last ? `năm ${first}` : `các năm ${first}–${last}`;
    const found =
      query === ''
        ? `${formatCount(count)} bài viết khớp bộ lọc trong ${where}`
        : count === 0
          ? `Chưa thấy bài viết nào cho “${echo(query)}” trong ${where}`
          : `Đã tìm thấy ${formatCount(count)} bài viết cho “${echo(query)}” trong ${where}`;
    return `${found}. Đang tìm tiếp trong các năm khác…`;
  },
  filtersOnly: 'Chưa có từ khóa: đây là các bài viết khớp bộ lọc, mới nhất trước.',
  unavailable: 'Không tải được công cụ tìm kiếm. Hãy tải lại trang, hoặc duyệt bài viết theo năm, chủ đề hay đối tác.',
  showMore: (remaining: number) => `Xem thêm kết quả (còn ${formatCount(remaining)})`,
} as const;
