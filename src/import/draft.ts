/**
 * The draft's file: frontmatter the schema accepts, each guess marked with
 * a "KIỂM TRA" comment for the editor, the candidate events as a commented
 * list, then the body. Values are written as JSON strings, which YAML reads
 * as the same double-quoted strings.
 */
import type { ProposedDate } from './propose/publication-date.ts';
import type { ProposedSource } from './propose/source.ts';

export interface DraftFields {
  fileName: string;
  title: string;
  titleEditorial: boolean;
  lead?: string;
  published: ProposedDate;
  source: ProposedSource & { capture: string; furniture: string[] };
  author?: { name: string; role?: string };
  topics: string[];
  partners: string[];
  events: string[];
  notes: { kind: string; text: string }[];
  /** "anh-1.jpg: alt text" lines, for the editor to confirm. */
  imageAlts: string[];
}

const q = (text: string) => JSON.stringify(text);
const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;

export function draftFile(fields: DraftFields, body: string): string {
  const { published, source } = fields;
  const lines = [
    '---',
    `# Bản nháp do \`npm run import\` tạo từ ${fields.fileName}. Dòng có “KIỂM TRA” là phỏng đoán: xem lại rồi xoá dòng draft để xuất bản.`,
    'draft: true',
    `title: ${q(fields.title)}${fields.titleEditorial ? '  # KIỂM TRA: bản gốc không có tiêu đề, đây là tiêu đề đề xuất' : ''}`,
    `titleEditorial: ${fields.titleEditorial}`,
    ...(fields.lead ? [`lead: ${q(fields.lead)}  # KIỂM TRA: đoạn đầu được coi là sapo`] : []),
    'published:',
    `  date: ${q(published.date)}  # KIỂM TRA: ${published.inferred ? 'suy ra từ các ngày trong bài' : `từ ${published.basis}`}`,
    ...(published.end ? [`  end: ${q(published.end)}`] : []),
    `  approximate: ${published.approximate}`,
    `source:${source.name ? '' : `  # KIỂM TRA: ${source.basis}; thêm name nếu biết nơi đăng`}`,
    ...(source.name ? [`  name: ${q(source.name)}  # KIỂM TRA: từ ${source.basis}`] : []),
    ...(source.url ? [`  url: ${q(source.url)}  # địa chỉ của chính bài viết`] : []),
    ...(source.site ? [`  site: ${q(source.site)}  # trang chủ của trang đăng bài`] : []),
    `  capture: ${q(source.capture)}`,
    ...(source.furniture.length > 0 ? ['  furniture:  # các dòng của bản lưu không thuộc bài (trình đơn, nút chia sẻ, ...)', ...source.furniture.map((line) => `    - ${q(line)}`)] : []),
    ...(fields.author
      ? ['author:  # KIỂM TRA: từ dòng ký tên', `  name: ${q(fields.author.name)}`, ...(fields.author.role ? [`  role: ${q(fields.author.role)}`] : [])]
      : []),
    `topics: ${list(fields.topics)}  # KIỂM TRA: đề xuất theo từ ngữ trong bài (content/topics.yaml)`,
    `partners: ${list(fields.partners)}  # KIỂM TRA: các đối tác trong content/partners.yaml mà bài nhắc tên`,
    'events: []',
    ...(fields.events.length > 0 ? ['# Sự kiện có thể ghi (câu có ngày tháng): chép vào events những mục đúng, sửa tiêu đề, đối tác và trạng thái.', '# events:', ...fields.events] : []),
    ...(fields.notes.length > 0 ? ['notes:', ...fields.notes.flatMap((note) => [`  - kind: ${note.kind}`, `    text: ${q(note.text)}`])] : []),
    ...(fields.imageAlts.length > 0 ? ['# KIỂM TRA văn bản thay thế (alt) đề xuất cho ảnh:', ...fields.imageAlts.map((line) => `#   ${line}`)] : []),
    '---',
    '',
    body.trimEnd(),
    '',
  ];
  return lines.join('\n');
}
