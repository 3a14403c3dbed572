/** What each reader (text, web page, Word) hands on: the article's parts, before any metadata is proposed. */
import type { Root } from 'mdast';

export interface ExtractedImage {
  /** File name beside the draft, e.g. anh-1.jpg. */
  name: string;
  bytes: Uint8Array;
  /** Proposed alt text (the caption or the page's own alt); the editor must confirm it. */
  alt: string;
}

export interface Extracted {
  /** The title the input gives (a title line, og:title, a Word title style). */
  title?: string;
  /** The lead (sapo), when the input marks one. */
  lead?: string;
  /** The body as Markdown's syntax tree, furniture already left out. */
  body: Root;
  /** Lines left out as furniture, as they stand in the capture text. */
  furniture: string[];
  /** The text the capture page shows, line by line (for a .txt, the file itself). */
  captureText: string;
  /** What the page says about itself. */
  meta: {
    siteName?: string;
    url?: string;
    /** ISO 8601 from article:published_time or <time datetime>. */
    publishedTime?: string;
    /** A dateline ("06:31 24/01/2023") found among the furniture. */
    dateLine?: string;
    byline?: string;
    /** Signature line at the end of the text ("Name - role"). */
    signature?: { name: string; role?: string };
    /** The text of a "Nguồn: ..." line. */
    sourceLine?: string;
  };
  images: ExtractedImage[];
  /** Images the input refers to that could not be read: listed in the report, left out of the draft. */
  unreadableImages: string[];
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A raw HTML block the body model reads as a paragraph with a class (signature, source line). */
export const classedParagraph = (className: string, text: string) => ({ type: 'html' as const, value: `<p class="${className}">${escapeHtml(text)}</p>` });

/** The site's photo caption block (README: Photo captions). */
export const captionBlock = (text: string) => ({ type: 'html' as const, value: `<figure class="photo-caption"><figcaption>${escapeHtml(text)}</figcaption></figure>` });

const SIGNATURE = /^(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4})\s+[-–]\s+(.+)$/u;

/** "Vũ Tú Quyên - Phó Vụ trưởng ..." → name and role, for a line that ends an article. */
export function readSignature(line: string): { name: string; role?: string } | undefined {
  if (/[.!?;]$/.test(line)) return undefined;
  const match = SIGNATURE.exec(line.trim());
  return match ? { name: match[1]!, role: match[2]!.trim() } : undefined;
}

export const SOURCE_LINE = /^Nguồn\s*:\s*(.+)$/iu;
