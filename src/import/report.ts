/** What the importer tells the editor at the end, in Vietnamese: the file written, fidelity, furniture, guesses, unknown partners. */
import type { UnknownOrganisation } from './propose/partners.ts';

export interface ReportInput {
  draft: string;
  capture: string;
  kept: number;
  total: number;
  missing: string[];
  furniture: string[];
  guesses: string[];
  unknown: UnknownOrganisation[];
  images: string[];
  unreadableImages: string[];
}

export function formatReport(input: ReportInput): string[] {
  const lines = [`Đã viết bản nháp ${input.draft} (bản lưu: ${input.capture}).`, `Đối chiếu với bản lưu: ${input.kept}/${input.total} câu của bản lưu có trong bài.`];
  for (const sentence of input.missing) lines.push(`  Thiếu: “${sentence}”`);
  lines.push(input.furniture.length > 0 ? `Bỏ ra ngoài bài (phần trang web, không phải nội dung): ${input.furniture.length} dòng` : 'Không có dòng nào bị bỏ ra ngoài bài.');
  for (const line of input.furniture) lines.push(`  – ${line}`);
  if (input.images.length > 0) lines.push(`Ảnh chép cạnh bản nháp: ${input.images.join(', ')} (văn bản thay thế là đề xuất, cần xác nhận).`);
  for (const image of input.unreadableImages) lines.push(`Không đọc được ảnh “${image}”: ảnh này không được đưa vào bản nháp.`);
  lines.push('Cần kiểm tra (phỏng đoán):');
  for (const guess of input.guesses) lines.push(`  – ${guess}`);
  if (input.unknown.length > 0) {
    lines.push('Tổ chức chưa có trong content/partners.yaml (không đưa vào partners; nếu là đối tác, chép mục dưới đây vào tệp đó):');
    for (const organisation of input.unknown) lines.push(`  ${organisation.name} (${organisation.acronym}):`, ...organisation.stub.split('\n').map((line) => `    ${line}`));
  }
  lines.push('Bản nháp không được xuất bản cho tới khi xoá dòng “draft: true”; xem thử bằng npm run dev.');
  return lines;
}
