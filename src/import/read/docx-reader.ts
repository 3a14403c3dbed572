/**
 * A Word file (a press release as .docx), through mammoth: the Title style
 * becomes the title, headings and lists stay, the Caption style becomes a
 * photo caption, and the pictures it embeds are kept beside the draft.
 */
import mammoth from 'mammoth';
import { ImportError } from '../errors.ts';
import type { Extracted } from './extracted.ts';
import { readSignature, SOURCE_LINE } from './extracted.ts';
import { htmlToBody } from './hast-body.ts';

const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Caption'] => figcaption:fresh", "p[style-name='caption'] => figcaption:fresh"];

export async function readWordFile(bytes: Uint8Array, file: string, options: { imageDir: string }): Promise<Extracted> {
  const embedded = new Map<string, Uint8Array>();
  const convertImage = mammoth.images.imgElement(async (image) => {
    const key = `docx-image-${embedded.size + 1}`;
    try {
      embedded.set(key, new Uint8Array(await image.readAsBuffer()));
    } catch {
      // An image mammoth cannot read is reported as unreadable by htmlToBody.
    }
    return { src: key };
  });
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage }));
  } catch {
    throw new ImportError(`${file}: không đọc được tệp Word (.docx hỏng hoặc không phải .docx).`);
  }
  const title = /<h1 class="doc-title">([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();
  // A picture followed by a caption paragraph is one figure, as on a web page.
  html = html.replace(/<p>(<img [^>]*>)<\/p>\s*<figcaption>([\s\S]*?)<\/figcaption>/g, '<figure>$1<figcaption>$2</figcaption></figure>');
  const result = htmlToBody(html, { title, imageDir: options.imageDir, readImage: (src) => embedded.get(src) });
  const last = result.lines.slice(-2);
  return {
    title,
    body: result.body,
    furniture: result.furniture,
    captureText: `${[...(title ? [title] : []), ...result.lines].join('\n')}\n`,
    meta: { signature: last.map(readSignature).find(Boolean), sourceLine: last.map((line) => SOURCE_LINE.exec(line)?.[1]).find(Boolean) },
    images: result.images,
    unreadableImages: result.unreadableImages,
  };
}
