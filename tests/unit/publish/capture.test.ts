/** An article beside its capture: lines verbatim, furniture marked, additions named, fidelity counted. */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build-archive.ts';
import { captureSentences } from '../../../src/content/capture-text.ts';
import { captureView } from '../../../src/publish/reuse/capture.ts';
import { article as fixture, partners, topics } from '../../helpers/archive-fixtures.ts';

const capture = [
  'Hội nhập quốc tế hướng tới phát triển bền vững',
  '',
  'author 06:31 24/01/2023',
  '(VietQ.vn) - Tháng 9/2015, Liên Hợp Quốc đã xây dựng kế hoạch. Năm 2022, các hoạt động sôi động trở lại.',
  'Hội nghị lần thứ 64 của Ban Chấp hành (GBM) APO.',
  'Thích và chia sẻ bài viết:',
  '',
].join('\n');

function articleFrom(body: string, change: (input: ReturnType<typeof fixture>) => void = () => {}) {
  const input = fixture({ id: 'hoi-nhap', published: '24/01/2023 06:31', body });
  input.data.title = 'Hội nhập quốc tế hướng tới phát triển bền vững';
  change(input);
  return buildArchive({ articles: [input], partners, topics, glossary: [] }).articles[0]!;
}

const faithful = articleFrom(
  [
    '(VietQ.vn) - Tháng 9/2015, Liên Hợp Quốc đã xây dựng kế hoạch. Năm 2022, các hoạt động sôi động trở lại.',
    '<figure class="photo-caption"><figcaption>Hội nghị lần thứ 64 của Ban Chấp hành (GBM) APO.</figcaption></figure>',
  ].join('\n\n'),
  (input) => (input.data.notes = [{ kind: 'general', text: 'Ảnh không được lưu.' }]),
);

describe('captureView', () => {
  const view = captureView(capture, faithful);

  it('keeps every line of the capture, numbered from 1, blank lines included', () => {
    expect(view.lines.map((line) => [line.number, line.text])).toEqual(capture.replace(/\n$/, '').split('\n').map((text, index) => [index + 1, text]));
  });

  it('marks the page furniture as removed, and nothing else', () => {
    expect(view.lines.filter((line) => line.removed).map((line) => line.number)).toEqual([3, 6]);
  });

  it('counts the capture sentences the article keeps word for word', () => {
    expect(view.fidelity).toEqual({ kept: 4, total: 4, missing: [] });
    const shortened = articleFrom('(VietQ.vn) - Tháng 9/2015, Liên Hợp Quốc đã xây dựng kế hoạch.');
    expect(captureView(capture, shortened).fidelity).toEqual({
      kept: 2,
      total: 4,
      missing: ['Năm 2022, các hoạt động sôi động trở lại.', 'Hội nghị lần thứ 64 của Ban Chấp hành (GBM) APO.'],
    });
  });

  it('names what the archive added: captions, section headings, a reconstructed title, editorial notes', () => {
    expect(view.additions).toEqual([
      'Dòng “Hội nghị lần thứ 64 của Ban Chấp hành (GBM) APO.” được đánh dấu là chú thích ảnh (ảnh không được lưu trữ).',
      'Ghi chú của biên tập viên: Ảnh không được lưu.',
      'Ngày đăng, nguồn, tác giả, chủ đề, đối tác và các sự kiện được ghi thành dữ liệu riêng, ngoài văn bản.',
    ]);
    const edited = articleFrom('## Mục một\n\nĐoạn.', (input) => (input.data.titleEditorial = true));
    expect(captureView('Đoạn.', edited).additions.slice(0, 2)).toEqual([
      'Tiêu đề “Hội nhập quốc tế hướng tới phát triển bền vững” do biên tập viên đặt; bản lưu không có tiêu đề.',
      'Dòng “Mục một” được đánh dấu là tiêu đề mục.',
    ]);
  });
});

describe('captureSentences', () => {
  it('drops furniture and splits a caption glued to a sentence', () => {
    expect(captureSentences('author 06:31 24/01/2023\nA b. C d\nsản phẩm Halal.Lễ ký X.\nvideo hot')).toEqual(['A b.', 'C d', 'sản phẩm Halal.', 'Lễ ký X.']);
  });
});
