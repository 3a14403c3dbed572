/**
 * The pages Lighthouse audits, one of each kind a reader meets: the home page,
 * an article, the search page, the timeline, a partner page, and the
 * publisher's pages (about, contact, licence, accessibility statement). Derived from
 * the content and src/urls/paths.ts so they follow the archive as it grows.
 */
import { articleFiles, readArticle } from '../shared/content-files.ts';
import { paths } from '../../src/urls/paths.ts';

export interface AuditedPage {
  name: string;
  /** Site path, without the base. */
  path: string;
}

export function auditedPages(): AuditedPage[] {
  const article = readArticle(articleFiles()[0]!).article;
  if (!article) throw new Error(`${articleFiles()[0]} does not pass the schema: run npm run build to see why`);
  const partner = article.data.partners[0];
  if (!partner) throw new Error(`${article.file} names no partner: choose another article for the partner page`);
  return [
    { name: 'Trang chủ', path: paths.home() },
    { name: 'Bài viết', path: paths.article(article.id) },
    { name: 'Tìm kiếm', path: paths.search() },
    { name: 'Dòng thời gian', path: paths.timeline() },
    { name: 'Đối tác', path: paths.partner(partner) },
    // The publisher's pages: the accessibility statement names this audit among its checks.
    { name: 'Giới thiệu', path: paths.about() },
    { name: 'Liên hệ', path: paths.contact() },
    { name: 'Giấy phép sử dụng', path: paths.licence() },
    { name: 'Tuyên bố về khả năng tiếp cận', path: paths.accessibility() },
  ];
}
