/**
 * Inputs made by the tests themselves: a saved web page with its site's
 * chrome, a Word file written with the docx library (Title and Caption
 * styles, a picture), a Windows-1258 text, a CRLF + NFD text.
 */
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

/** A real 1×1 PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

export const PAGE_PARAGRAPHS = [
  'Ngày 5/6/2024, Tổng cục Tiêu chuẩn Đo lường Chất lượng làm việc với Tổ chức Tiêu chuẩn hóa quốc tế (ISO) về tiêu chuẩn xe điện.',
  'Hai bên thống nhất sẽ tổ chức hội thảo chung vào tháng 9/2024 tại Hà Nội. Viện Đo lường Quốc gia Hàn Quốc (KRISS) cũng tham dự.',
];
export const PAGE_CAPTION = 'Toàn cảnh buổi làm việc với ISO & đối tác.';
export const PAGE_HEADING = 'Hợp tác về pin xe điện';

export const savedPage = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Làm việc với ISO về xe điện - Báo Thử</title>
<meta property="og:title" content="Làm việc với ISO về tiêu chuẩn xe điện">
<meta property="og:site_name" content="Báo Thử">
<meta property="og:url" content="https://www.baothu.vn/lam-viec-iso.html">
<meta property="article:published_time" content="2024-06-06T01:30:00Z">
<script>var tracking = "Không phải nội dung.";</script>
</head><body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/lh">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb">Trang chủ › Tin tức › Hợp tác quốc tế</div>
<main><article>
<h1>Làm việc với ISO về tiêu chuẩn xe điện</h1>
<p class="meta"><time datetime="2024-06-06T01:30:00Z">08:30 06/06/2024</time></p>
<p>${PAGE_PARAGRAPHS[0]}</p>
<figure><img src="trang_files/anh%201.png" alt=""><figcaption>${PAGE_CAPTION.replace('&', '&amp;')}</figcaption></figure>
<h2>${PAGE_HEADING}</h2>
<p>${PAGE_PARAGRAPHS[1]}</p>
<ul><li>Trao đổi về tiêu chuẩn pin.</li><li>Chia sẻ kinh nghiệm thử nghiệm.</li></ul>
<figure><img src="trang_files/mat.jpg" alt="Ảnh bị mất"><figcaption>Ảnh không còn trong thư mục.</figcaption></figure>
<p>Chia sẻ: Facebook | Zalo</p>
<p>Lượt xem: 1.234</p>
<h3>Tin liên quan</h3>
<ul><li><a href="/a">Bài khác thứ nhất về một chủ đề khác hẳn</a></li><li><a href="/b">Bài khác thứ hai về một chủ đề khác hẳn</a></li></ul>
</article></main>
<footer><p>© 2024 Báo Thử. Bản quyền thuộc về Báo Thử.</p><form><input name="q"><button>Tìm</button></form></footer>
<script>console.log("chrome")</script>
</body></html>`;

export const pageFiles = (path: string) => (path === 'trang_files/anh 1.png' ? PNG : undefined);

export const WORD_TITLE = 'Thông cáo báo chí: Hội thảo Năng suất Xanh với APO';
export const WORD_PARAGRAPHS = [
  'Từ ngày 10 đến 12/3/2025, Tổng cục phối hợp với Tổ chức Năng suất Châu Á (APO) tổ chức hội thảo về Năng suất Xanh.',
  'Hội thảo có sự tham gia của 60 đại biểu đến từ 15 nền kinh tế thành viên.',
];
export const WORD_CAPTION = 'Các đại biểu tại hội thảo Năng suất Xanh.';

export async function wordFile(): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ text: WORD_TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: WORD_PARAGRAPHS[0] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 30 } })] }),
          new Paragraph({ text: WORD_CAPTION, style: 'Caption' }),
          new Paragraph({ text: 'Kết quả chính', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: WORD_PARAGRAPHS[1] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const LEGACY_TEXT = 'Hội nghị đo lường khu vực\n\nNgày 3/4/2019, đoàn Việt Nam dự hội nghị của APO tại Tokyo.\n\nĐoàn đã trao đổi về đo lường pháp định.\n';
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Windows-1258 writes tones as separate marks after a letter that may carry ^, ˘ or the horn: split each letter that way first. */
const windows1258Form = (text: string) =>
  [...text].map((letter) => {
    const parts = letter.normalize('NFD');
    const tone = TONE_MARK.exec(parts)?.[0];
    return tone ? parts.replace(tone, '').normalize('NFC') + tone : letter;
  }).join('');
export const legacyBytes = () => Uint8Array.from(iconv.encode(windows1258Form(LEGACY_TEXT), 'windows-1258'));

export const NFD_TEXT = 'Tiêu đề có dấu tách rời\r\n\r\nNgày 7/8/2021, Tổng cục làm việc với ISO về tiêu chuẩn mới.\r\n\r\nCác bên nhất trí tiếp tục hợp tác.\r\n';
export const nfdBytes = () => Uint8Array.from(Buffer.from(`\uFEFF${NFD_TEXT.normalize('NFD')}`, 'utf8'));
