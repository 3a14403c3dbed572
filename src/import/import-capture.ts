/**
 * `npm run import`'s work, without touching the disk: from the input file's
 * bytes and what the project already holds to the files to write and the
 * report. Bad input throws ImportError (one Vietnamese line); the CLI
 * (scripts/import/import.ts) writes the files only when this returns.
 */
import { extname } from 'node:path';
import { captureSentences, collapseSpace, isFurniture } from '../content/capture-text.ts';
import { parseBody } from '../markdown/body-model.ts';
import { isSlug, slugify } from '../urls/slug.ts';
import { draftFile } from './draft.ts';
import { ImportError } from './errors.ts';
import { toMarkdown } from './markdown.ts';
import { proposeFrontmatter } from './propose/frontmatter.ts';
import { provenance } from './provenance.ts';
import { decodeText } from './read/decode.ts';
import { readWordFile } from './read/docx-reader.ts';
import type { Extracted } from './read/extracted.ts';
import { readWebPage } from './read/html-reader.ts';
import { readTextCapture } from './read/text-reader.ts';
import type { ProjectState } from './project.ts';
import { formatReport } from './report.ts';

export type { ProjectState };

export interface ImportRequest {
  /** The input's file name (its folder does not matter here). */
  fileName: string;
  bytes: Uint8Array;
  id?: string;
  encoding?: string;
  /** A file beside the input, by path relative to the input's folder (a saved page's "<name>_files/..."). */
  besideInput?: (relativePath: string) => Uint8Array | undefined;
  /** The year of the import, for an article nothing dates (default: this year). */
  currentYear?: number;
}


export interface ImportResult {
  id: string;
  /** Paths relative to the project root, with their bytes. */
  files: { path: string; bytes: Uint8Array }[];
  report: string[];
}

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
  const firstParagraph = extracted.lead ?? (firstText ? parseBody(toMarkdown({ type: 'root', children: [firstText] })).blocks[0]?.text : undefined);
  const titleEditorial = !extracted.title;
  const title = extracted.title ?? (firstParagraph ? `${firstParagraph.split(/(?<=[.!?])\s/)[0]!.split(/\s+/).slice(0, 16).join(' ').replace(/[.,;:]$/, '')}` : undefined);
  if (!title) throw new ImportError(`${request.fileName}: không tìm thấy văn bản bài viết nào trong tệp.`);
  const id = request.id ?? idFromTitle(title);
  if (project.articleExists(`${id}.md`) || project.articleExists(id)) throw new ImportError(`content/articles/${id}.md: mã bài “${id}” đã có; hãy chọn mã khác bằng --id.`);

  const markdown = toMarkdown(extracted.body).replaceAll(`./${placeholder}/`, `./${id}/`);
  const body = parseBody(markdown);
  const articleText = collapseSpace([title, extracted.lead ?? '', ...body.blocks.map((block) => block.text)].join('\n'));
  const kept = provenance(request.fileName, request.bytes, extracted.captureText, project.sourceFile);

  const listedFurniture = [...new Set(extracted.furniture.filter((line) => !isFurniture(line)))];
  const sentences = captureSentences(kept.captureText, listedFurniture);
  if (sentences.length === 0) throw new ImportError(`${request.fileName}: không tìm thấy câu văn nào ngoài phần trang web.`);
  for (const article of project.articles) {
    const found = sentences.filter((sentence) => article.text.includes(sentence)).length;
    if (found / sentences.length > 0.5) throw new ImportError(`${request.fileName}: bài này đã có trong kho lưu trữ (${found}/${sentences.length} câu có trong content/articles/${article.id}.md).`);
  }
  const missing = sentences.filter((sentence) => !articleText.includes(sentence));

  const proposal = proposeFrontmatter(
    { extracted, body, articleText, firstParagraph, title, titleEditorial, currentYear: request.currentYear ?? new Date().getFullYear() },
    project,
  );
  const draft = draftFile(
    {
      ...proposal,
      fileName: kept.originalName,
      title,
      titleEditorial,
      lead: extracted.lead,
      source: { ...proposal.source, capture: kept.captureName, furniture: listedFurniture },
      imageAlts: extracted.images.map((image) => `${image.name}: “${image.alt || '(chưa có)'}”`),
    },
    markdown,
  );
  const files = [
    ...kept.files,
    { path: `content/articles/${id}.md`, bytes: new TextEncoder().encode(draft) },
    ...extracted.images.map((image) => ({ path: `content/articles/${id}/${image.name}`, bytes: image.bytes })),
  ];
  const report = formatReport({
    draft: `content/articles/${id}.md`,
    capture: `content/sources/${kept.captureName}`,
    kept: sentences.length - missing.length,
    total: sentences.length,
    missing,
    furniture: extracted.furniture,
    guesses: proposal.guesses,
    unknown: proposal.unknown,
    images: extracted.images.map((image) => `content/articles/${id}/${image.name}`),
    unreadableImages: extracted.unreadableImages,
  });
  return { id, files, report };
}
