/**
 * Site furniture the importer leaves out of the article text: menus,
 * breadcrumbs, date and byline lines (read as metadata), share and print
 * links, view counts, comment forms, "related news" headings, copyright
 * lines. The capture page's own furniture (src/content/capture-text.ts)
 * counts too. A line left out is listed in the draft's source.furniture, so
 * the build and the capture page know it was left out on purpose.
 */
import { isFurniture as isKnownFurniture } from '../../content/capture-text.ts';

const PATTERNS = [
  /^(trang chủ|home)\s*[>›»/|]/i,
  /^(chia sẻ|share|in bài|bản in|print|gửi bài|tweet|email|lưu bài|facebook|zalo|twitter)(\s*[:|/,]?\s*(chia sẻ|share|in bài|bản in|print|facebook|zalo|twitter|email))*\s*:?$/i,
  /^thích và chia sẻ/i,
  /^(lượt xem|số lượt xem|views?)\s*:?\s*[\d.,]+$/i,
  /^[\d.,]+\s*(lượt xem|views?)$/i,
  /^(bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|gửi ý kiến)\b.{0,40}$/i,
  /^(tin|bài) (liên quan|cùng chuyên mục|khác|mới nhất|đọc nhiều|xem nhiều)\s*:?$/i,
  /^(xem thêm|đọc thêm|video hot|về đầu trang|lên đầu trang|quay lại|trở về)\s*:?$/i,
  /^(©|copyright|bản quyền)/i,
  /^(tags?|từ khóa|từ khoá)\s*:/i,
];

/** A line that is only a date or time, maybe with a weekday or an "author"/"Cập nhật" label: a dateline, read as metadata. */
export const DATE_LINE = /^(?:(?:author|cập nhật|đăng lúc|đăng ngày|ngày đăng|thứ \w+|chủ nhật)[\s,:]*)*(?:(\d{1,2}:\d{2})\s*(?:\(?GMT[+\d:]*\)?)?[\s,|-]*)?(?:ngày\s*)?(\d{1,2}\/\d{1,2}\/\d{4})(?:[\s,|-]*(\d{1,2}:\d{2}))?(?:\s*\(?GMT[+\d:]*\)?)?$/iu;

export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return false;
  return isKnownFurniture(text) || DATE_LINE.test(text) || PATTERNS.some((pattern) => pattern.test(text));
}

/** Headings after which a site lists other articles: the heading and its list are furniture. */
export const isRelatedHeading = (text: string): boolean => /^(tin|bài) (liên quan|cùng chuyên mục|khác|mới nhất|đọc nhiều|xem nhiều)\s*:?$/i.test(text.trim());
