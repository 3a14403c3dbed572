/**
 * `npm run import`'s work, without touching the disk: from the input file's
 * bytes and what the project already holds to the files to write and the
 * report. Bad input throws ImportError (one Vietnamese line); the CLI
 * (scripts/import/import.ts) writes the files only when this returns.
 */
import { basename, extname } from 'node:path';
import { captureSentences, collapseSpace, isFurniture } from '../content/capture-text.ts';
import type { GlossaryData, PartnerData, TopicData } from '../content/schema.ts';
import { parseBody } from '../markdown/body-model.ts';
import { isSlug, slugify } from '../urls/slug.ts';
import { draftFile } from './draft.ts';
import { ImportError } from './errors.ts';
import { toMarkdown } from './markdown.ts';
import { candidateEvents } from './propose/events.ts';
import { matchPartners, unknownOrganisations } from './propose/partners.ts';
import { proposeDate } from './propose/publication-date.ts';
import { proposeSource } from './propose/source.ts';
import { textDates } from './propose/text-dates.ts';
import { proposeTopics } from './propose/topics.ts';
import { decodeText, normalizeText } from './read/decode.ts';
import { readWordFile } from './read/docx-reader.ts';
import type { Extracted } from './read/extracted.ts';
import { readWebPage } from './read/html-reader.ts';
import { readTextCapture } from './read/text-reader.ts';
import { formatReport } from './report.ts';

export interface ImportRequest {
  /** The input's file name (its folder does not matter here). */
  fileName: string;
  bytes: Uint8Array;
  id?: string;
  encoding?: string;
  /** A file beside the input, by path relative to the input's folder (a saved page's "<name>_files/..."). */
  besideInput?: (relativePath: string) => Uint8Array | undefined;
}

export interface ProjectState {
  partners: readonly PartnerData[];
  topics: readonly TopicData[];
  glossary: readonly GlossaryData[];
  /** Every article already in content/articles/, with its reader text (title, lead, body). */
  articles: readonly { id: string; text: string }[];
  /** The bytes of content/sources/<name>, or undefined when there is none. */
  sourceFile: (name: string) => Uint8Array | undefined;
  /** True when content/articles/<name> (a file or folder) exists. */
  articleExists: (name: string) => boolean;
}

export interface ImportResult {
  id: string;
  /** Paths relative to the project root, with their bytes. */
  files: { path: string; bytes: Uint8Array }[];
  report: string[];
}

const encoder = new TextEncoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

async function extract(request: ImportRequest, imageDir: string): Promise<Extracted> {
  const extension = extname(request.fileName).toLowerCase();
  if (extension === '.docx') {
    if (request.bytes.length === 0) throw new ImportError(`${request.fileName}: tệp rỗng, không có gì để nhập.`);
    return readWordFile(request.bytes, request.fileName, { imageDir });
  }
  const text = decodeText(request.bytes, request.fileName, request.encoding);
  if (extension === '.txt') return readTextCapture(text);
  if (extension === '.html' || extension === '.htm') {
    const readImage = (src: string) => {
      if (/^[a-z]+:/i.test(src)) return undefined;
      try {
        return request.besideInput?.(decodeURI(src).replace(/^\.\//, ''));
      } catch {
        return undefined;
      }
    };
    return readWebPage(text, request.fileName, { imageDir, readImage });
  }
  throw new ImportError(`${request.fileName}: không nhập được loại tệp “${extension || '(không có đuôi)'}”; chỉ nhận .txt, .html/.htm và .docx.`);
}

/** The proposed id: the title's slug, at most 12 words. */
const idFromTitle = (title: string) => slugify(title).split('-').slice(0, 12).join('-');

export async function importCapture(request: ImportRequest, project: ProjectState): Promise<ImportResult> {
  if (request.id !== undefined && !isSlug(request.id)) throw new ImportError(`--id “${request.id}”: phải là chữ thường không dấu nối bằng gạch ngang, ví dụ hoi-thao-iso-2024.`);
  // The id is known only after reading the title; images name their folder from it, so read once with a placeholder.
  const placeholder = 'IMPORT-ID';
  const extracted = await extract(request, placeholder);
  const firstText = extracted.body.children.find((node) => node.type === 'paragraph');
  const firstSentences = extracted.lead ?? (firstText ? parseBody(toMarkdown({ type: 'root', children: [firstText] })).blocks[0]?.text : undefined);
  const titleEditorial = !extracted.title;
  const title = extracted.title ?? (firstSentences ? `${firstSentences.split(/(?<=[.!?])\s/)[0]!.split(/\s+/).slice(0, 16).join(' ').replace(/[.,;:]$/, '')}` : undefined);
  if (!title) throw new ImportError(`${request.fileName}: không tìm thấy văn bản bài viết nào trong tệp.`);
  const id = request.id ?? idFromTitle(title);
  if (project.articleExists(`${id}.md`) || project.articleExists(id)) throw new ImportError(`content/articles/${id}.md: mã bài “${id}” đã có; hãy chọn mã khác bằng --id.`);

  const markdown = toMarkdown(extracted.body).replaceAll(`./${placeholder}/`, `./${id}/`);
  const body = parseBody(markdown);
  const articleText = collapseSpace([title, extracted.lead ?? '', ...body.blocks.map((block) => block.text)].join('\n'));

  // Provenance: the original as given; for a web page, a Word file or text that had to be normalised, also the text as read.
  const stem = basename(request.fileName, extname(request.fileName));
  const originalName = basename(request.fileName);
  const textIsOriginal = extname(request.fileName).toLowerCase() === '.txt' && sameBytes(encoder.encode(extracted.captureText), request.bytes);
  const captureName = textIsOriginal ? originalName : `${stem}.van-ban.txt`;
  const captureText = normalizeText(extracted.captureText);
  const files: ImportResult['files'] = [];
  const keepSource = (name: string, bytes: Uint8Array) => {
    const existing = project.sourceFile(name);
    if (existing && !sameBytes(existing, bytes)) throw new ImportError(`content/sources/${name}: đã có một tệp khác cùng tên; hãy đổi tên tệp cần nhập.`);
    if (!existing) files.push({ path: `content/sources/${name}`, bytes });
  };
  keepSource(originalName, request.bytes);
  if (!textIsOriginal) keepSource(captureName, encoder.encode(captureText));

  const listedFurniture = [...new Set(extracted.furniture.filter((line) => !isFurniture(line)))];
  const sentences = captureSentences(captureText, listedFurniture);
  if (sentences.length === 0) throw new ImportError(`${request.fileName}: không tìm thấy câu văn nào ngoài phần trang web.`);
  for (const article of project.articles) {
    const found = sentences.filter((sentence) => article.text.includes(sentence)).length;
    if (found / sentences.length > 0.5) throw new ImportError(`${request.fileName}: bài này đã có trong lưu trữ (${found}/${sentences.length} câu có trong content/articles/${article.id}.md).`);
  }
  const missing = sentences.filter((sentence) => !articleText.includes(sentence));

  const dates = textDates(body.blocks.flatMap((block) => block.text.split(/(?<=[.!?;…])\s+/)));
  const published = proposeDate(extracted.meta, dates) ?? { date: new Date().getUTCFullYear().toString(), approximate: true, basis: 'Bản gốc không ghi ngày đăng và bài không nhắc ngày nào: năm đăng cần được biên tập viên xác định.', inferred: true };
  const source = proposeSource(extracted.meta, extracted.lead, firstSentences);
  const author = extracted.meta.signature ?? (extracted.meta.byline ? { name: extracted.meta.byline } : undefined);
  const topics = proposeTopics(articleText, project.topics);
  const partners = matchPartners(articleText, project.partners, project.glossary);
  const unknown = unknownOrganisations(articleText, project.partners, partners);
  const notes = [
    ...(titleEditorial ? [{ kind: 'reconstructed-title', text: 'Bản gốc không có dòng tiêu đề; tiêu đề được đặt từ câu đầu của bài (đề xuất, cần biên tập viên xem lại).' }] : []),
    ...(published.inferred ? [{ kind: 'dating', text: published.basis }] : []),
  ];
  const imageAlts = extracted.images.map((image) => `${image.name}: “${image.alt || '(chưa có)'}”`);
  const draft = draftFile(
    {
      fileName: originalName,
      title,
      titleEditorial,
      lead: extracted.lead,
      published,
      source: { ...source, capture: captureName, furniture: listedFurniture },
      author,
      topics,
      partners,
      events: candidateEvents(dates),
      notes,
      imageAlts,
    },
    markdown,
  );
  files.push({ path: `content/articles/${id}.md`, bytes: encoder.encode(draft) });
  for (const image of extracted.images) files.push({ path: `content/articles/${id}/${image.name}`, bytes: image.bytes });

  const guesses = [
    titleEditorial ? `tiêu đề “${title}” (bản gốc không có tiêu đề)` : `tiêu đề “${title}”`,
    `ngày đăng ${published.date}${published.end ? `–${published.end}` : ''}${published.approximate ? ' (gần đúng)' : ''}: ${published.basis}`,
    `nguồn “${source.name}”: từ ${source.basis}`,
    ...(author ? [`tác giả “${author.name}”${author.role ? ` – ${author.role}` : ''}`] : []),
    `chủ đề: ${topics.join(', ') || '(chưa có)'}`,
    `đối tác: ${partners.join(', ') || '(không có)'}`,
    ...(dates.length > 0 ? [`${new Set(dates.map((date) => date.sentence)).size} câu có ngày tháng được ghi thành danh sách sự kiện gợi ý (dạng chú thích)`] : []),
  ];
  const report = formatReport({
    draft: `content/articles/${id}.md`,
    capture: `content/sources/${captureName}`,
    kept: sentences.length - missing.length,
    total: sentences.length,
    missing,
    furniture: extracted.furniture,
    guesses,
    unknown,
    images: extracted.images.map((image) => `content/articles/${id}/${image.name}`),
    unreadableImages: extracted.unreadableImages,
  });
  return { id, files, report };
}
