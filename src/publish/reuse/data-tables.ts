/**
 * The archive as three tables a researcher can download: articles, events
 * and partners. Each column is defined once here, with its Vietnamese
 * description and type; the CSV and JSON files, their JSON Schemas and the
 * data page (/du-lieu/) are all written from these definitions and from the
 * one archive, so they never disagree with the pages.
 */
import type { PartialDate } from '../../content/dates.ts';
import { partnersWithCounts } from '../../archive/indexes.ts';
import type { Archive } from '../../archive/model.ts';
import { partnerKindLabels } from '../../archive/partner-groups.ts';
import type { UrlResolver } from '../../urls/absolute-url.ts';
import { countryName } from '../../reference/countries.ts';
import { machineDate } from '../date-format.ts';

export type CellType = 'string' | 'boolean' | 'integer' | 'list';
export type Cell = string | boolean | number | string[] | null;

export interface Column<Row> {
  /** Column name in CSV and key in JSON: ASCII, stable. */
  name: string;
  type: CellType;
  /** May be empty (null in JSON). */
  optional?: true;
  /** What it holds, in Vietnamese, for the data page and the JSON Schema. */
  description: string;
  value: (row: Row) => Cell;
}

/** The tables, by file name: the sitemap lists their files before any is built. */
export const DATA_TABLE_IDS = ['bai-viet', 'su-kien', 'doi-tac'] as const;

export interface DataTable<Row = unknown> {
  /** File name without extension: /du-lieu/<id>.csv, .json, .schema.json */
  id: (typeof DATA_TABLE_IDS)[number];
  /** Heading on the data page. */
  title: string;
  /** One sentence on what a row is. */
  rowDescription: string;
  columns: Column<Row>[];
  rows: Row[];
}

/** ISO 8601 at the date's own precision: "2023-12", "2022-09-19", "2023-01-24T06:31+07:00". */
const isoDate = (date: PartialDate | undefined): string | null => (date ? machineDate(date) : null);

const ISO_NOTE = 'theo ISO 8601, đúng mức chi tiết bài gốc cho biết: năm (2022), tháng (2023-12), ngày (2022-09-19) hoặc phút, giờ Việt Nam (2023-01-24T06:31+07:00)';

export function dataTables(archive: Archive, url: UrlResolver): DataTable[] {
  const eventCounts = new Map<string, number>();
  for (const event of archive.timeline) for (const { id } of event.partners) eventCounts.set(id, (eventCounts.get(id) ?? 0) + 1);
  // The same counts the partner pages and the home page show.
  const articleCounts = new Map(partnersWithCounts(archive).map(({ item, count }) => [item.id, count]));

  const articles: DataTable<Archive['articles'][number]> = {
    id: 'bai-viet',
    title: 'Bài viết',
    rowDescription: 'Mỗi dòng là một bài viết, mới nhất trước.',
    rows: archive.articles,
    columns: [
      { name: 'id', type: 'string', description: 'Mã bài viết, cũng là phần cuối địa chỉ trang bài', value: (a) => a.id },
      { name: 'title', type: 'string', description: 'Tiêu đề', value: (a) => a.title },
      { name: 'title_editorial', type: 'boolean', description: 'true nếu tiêu đề do biên tập viên đặt (bài gốc không có tiêu đề)', value: (a) => a.titleEditorial },
      { name: 'published', type: 'string', description: `Ngày đăng, ${ISO_NOTE}`, value: (a) => isoDate(a.published.start) },
      { name: 'published_end', type: 'string', optional: true, description: 'Cuối khoảng thời gian có thể đăng, khi ngày đăng chỉ ước đoán được trong một khoảng', value: (a) => isoDate(a.published.end) },
      { name: 'published_approximate', type: 'boolean', description: 'true nếu bài gốc không ghi ngày đăng và thời gian đăng được ước đoán từ nội dung', value: (a) => a.published.approximate },
      { name: 'source', type: 'string', optional: true, description: 'Tên nơi đăng bài gốc, nếu bài gốc có ghi', value: (a) => a.source.name ?? null },
      { name: 'source_url', type: 'string', optional: true, description: 'Địa chỉ của chính bài gốc, nếu biết (không phải trang chủ của trang đăng)', value: (a) => a.source.url ?? null },
      { name: 'source_site', type: 'string', optional: true, description: 'Trang chủ của trang đã đăng bài gốc, nếu biết', value: (a) => a.source.site ?? null },
      { name: 'captured_at', type: 'string', optional: true, description: `Ngày lưu bản lưu của bài gốc, nếu biết, ${ISO_NOTE}`, value: (a) => isoDate(a.source.capturedAt) },
      { name: 'author', type: 'string', optional: true, description: 'Tác giả ký tên, nếu bài gốc có', value: (a) => a.author?.name ?? null },
      { name: 'topics', type: 'list', description: 'Mã các chủ đề (xem /chu-de/)', value: (a) => a.topics.map((topic) => topic.id) },
      { name: 'partners', type: 'list', description: 'Mã các đối tác được nhắc tới (xem tệp doi-tac)', value: (a) => a.partners.map((partner) => partner.id) },
      { name: 'url', type: 'string', description: 'Địa chỉ bài viết trong Kho lưu trữ', value: (a) => url(a.path) },
    ],
  };

  const events: DataTable<Archive['timeline'][number]> = {
    id: 'su-kien',
    title: 'Sự kiện',
    rowDescription: 'Mỗi dòng là một sự kiện một bài viết nêu (hội nghị, ký kết, đoàn công tác...), theo ngày diễn ra.',
    rows: archive.timeline,
    columns: [
      { name: 'article_id', type: 'string', description: 'Mã bài viết nêu sự kiện (xem tệp bai-viet)', value: (e) => e.articleId },
      { name: 'event_id', type: 'string', description: 'Mã sự kiện, riêng trong bài viết đó', value: (e) => e.id },
      { name: 'title', type: 'string', description: 'Tên sự kiện, do biên tập viên đặt', value: (e) => e.title },
      { name: 'start', type: 'string', description: `Ngày bắt đầu, ${ISO_NOTE}`, value: (e) => isoDate(e.date.start) },
      { name: 'end', type: 'string', optional: true, description: 'Ngày kết thúc, khi sự kiện kéo dài nhiều ngày', value: (e) => isoDate(e.date.end) },
      { name: 'approximate', type: 'boolean', description: 'true nếu ngày được ước đoán', value: (e) => e.date.approximate },
      { name: 'status', type: 'string', description: '"happened" (đã diễn ra) hoặc "planned" (dự kiến, lúc đăng bài chưa diễn ra)', value: (e) => e.status },
      { name: 'partners', type: 'list', description: 'Mã các đối tác tham gia (xem tệp doi-tac)', value: (e) => e.partners.map((partner) => partner.id) },
      { name: 'url', type: 'string', description: 'Địa chỉ đoạn văn nêu sự kiện', value: (e) => url(e.path) },
    ],
  };

  const partners: DataTable<Archive['partners'][number]> = {
    id: 'doi-tac',
    title: 'Đối tác',
    rowDescription: 'Mỗi dòng là một tổ chức đối tác, theo thứ tự chữ cái tiếng Việt.',
    rows: archive.partners,
    columns: [
      { name: 'id', type: 'string', description: 'Mã đối tác, cũng là phần cuối địa chỉ trang đối tác', value: (p) => p.id },
      { name: 'acronym', type: 'string', optional: true, description: 'Tên viết tắt, nếu có', value: (p) => p.acronym ?? null },
      { name: 'name_vi', type: 'string', description: 'Tên tiếng Việt', value: (p) => p.nameVi },
      { name: 'name_en', type: 'string', optional: true, description: 'Tên tiếng Anh, nếu biết', value: (p) => p.nameEn ?? null },
      { name: 'kind', type: 'string', description: `Loại tổ chức: ${Object.keys(partnerKindLabels).join(', ')}`, value: (p) => p.kind },
      { name: 'kind_vi', type: 'string', description: 'Loại tổ chức, bằng tiếng Việt', value: (p) => partnerKindLabels[p.kind] },
      { name: 'country_code', type: 'string', description: 'Mã quốc gia ISO 3166-1 alpha-2 (nơi đặt trụ sở với tổ chức quốc tế)', value: (p) => p.country },
      { name: 'country_vi', type: 'string', description: 'Tên quốc gia bằng tiếng Việt', value: (p) => countryName(p.country) },
      { name: 'article_count', type: 'integer', description: 'Số bài viết nhắc tới đối tác', value: (p) => articleCounts.get(p.id) ?? 0 },
      { name: 'event_count', type: 'integer', description: 'Số sự kiện đối tác tham gia', value: (p) => eventCounts.get(p.id) ?? 0 },
      { name: 'url', type: 'string', description: 'Địa chỉ trang đối tác trong Kho lưu trữ', value: (p) => url(p.path) },
    ],
  };

  return [articles, events, partners] as DataTable[];
}
