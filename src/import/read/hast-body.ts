/**
 * The main content of a web page or Word file (HTML, as Readability or
 * mammoth give it) to the draft's body: furniture blocks left out and
 * listed, photos with their captions, headings and lists kept as such;
 * HTML → Markdown syntax tree through rehype-remark. Also the extracted
 * text, one block a line, that the capture page shows.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Handle } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { captionBlock, type ExtractedImage } from './extracted.ts';
import { isFurnitureLine, isRelatedHeading } from './furniture.ts';
import { imageType } from './image-type.ts';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'td', 'th', 'dt', 'dd']);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface BodyResult {
  body: Root;
  /** Every block's text in order, furniture included: the capture text. */
  lines: string[];
  furniture: string[];
  images: ExtractedImage[];
  unreadableImages: string[];
}

/** Reads an image the content refers to (a saved page's _files/ folder, a Word file's media); undefined when it is not there. */
export type ImageSource = (src: string) => Uint8Array | undefined;

function children(node: HastRoot | Element): RootContent[] {
  return node.children as RootContent[];
}

/** Removes furniture blocks (and the list after a "Tin liên quan" heading), recording every block's text in order. */
function sift(root: HastRoot, title: string | undefined, lines: string[], furniture: string[]): void {
  let dropNextList = false;
  const visit = (parent: HastRoot | Element) => {
    parent.children = (children(parent).filter((node) => {
      if (node.type !== 'element') return true;
      if (['script', 'style', 'noscript', 'form', 'button', 'nav', 'iframe'].includes(node.tagName)) return false;
      if (dropNextList && (node.tagName === 'ul' || node.tagName === 'ol')) {
        dropNextList = false;
        for (const item of node.children) if (item.type === 'element') record(item, true);
        return false;
      }
      if (BLOCKS.has(node.tagName)) {
        const text = collapse(hastText(node));
        if (!text) return node.tagName === 'p' && containsImage(node);
        if (/^h[1-6]$/.test(node.tagName) && title && text === collapse(title)) return false;
        if (isFurnitureLine(text) || isRelatedHeading(text)) {
          if (isRelatedHeading(text)) dropNextList = true;
          record(node, true);
          return false;
        }
        if (node.tagName !== 'blockquote') {
          lines.push(text);
          return true;
        }
      }
      visit(node);
      return true;
    }) as ElementContent[]) as typeof parent.children;
  };
  const record = (node: Element, isFurniture: boolean) => {
    const text = collapse(hastText(node));
    if (!text) return;
    lines.push(text);
    if (isFurniture) furniture.push(text);
  };
  visit(root);
}

const containsImage = (node: Element): boolean => node.children.some((child) => child.type === 'element' && (child.tagName === 'img' || containsImage(child)));

export function htmlToBody(html: string, options: { title?: string; imageDir: string; readImage: ImageSource }): BodyResult {
  const hast = fromHtml(html, { fragment: true });
  const lines: string[] = [];
  const furniture: string[] = [];
  sift(hast, options.title, lines, furniture);

  const images: ExtractedImage[] = [];
  const unreadableImages: string[] = [];
  const captionOf = (figure: Element) => {
    const caption = figure.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
    return caption ? collapse(hastText(caption)) : '';
  };
  const imageNode = (node: Element, caption: string) => {
    const src = String(node.properties?.src ?? '');
    const bytes = src ? options.readImage(src) : undefined;
    const type = bytes && imageType(bytes);
    if (!bytes || !type) {
      unreadableImages.push(src || '(ảnh không có địa chỉ)');
      return undefined;
    }
    const name = `anh-${images.length + 1}.${type}`;
    const alt = collapse(String(node.properties?.alt ?? '')) || caption;
    images.push({ name, bytes, alt });
    return { type: 'image' as const, url: `./${options.imageDir}/${name}`, alt, title: null };
  };
  const img: Handle = (_state, node) => imageNode(node, '');
  const figure: Handle = (state, node) => {
    const caption = captionOf(node);
    const picture = node.children.find((child): child is Element => child.type === 'element' && (child.tagName === 'img' || containsImage(child)));
    const imgElement = picture?.tagName === 'img' ? picture : picture && findImg(picture);
    const image = imgElement && imageNode(imgElement, caption);
    const rest = node.children.filter((child) => child !== picture && !(child.type === 'element' && child.tagName === 'figcaption'));
    return [...(image ? [{ type: 'paragraph' as const, children: [image] }] : []), ...state.all({ ...node, children: rest }), ...(caption ? [captionBlock(caption)] : [])];
  };
  const figcaption: Handle = (_state, node) => captionBlock(collapse(hastText(node)));

  const body = unified()
    .use(rehypeRemark, { handlers: { img, figure, figcaption } })
    .runSync(hast) as Root;
  return { body, lines, furniture, images, unreadableImages };
}

function findImg(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'img') return child;
    const found = findImg(child);
    if (found) return found;
  }
  return undefined;
}
