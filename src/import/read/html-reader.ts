/**
 * A saved web page: the page's own metadata (og:title, og:site_name,
 * og:url, article:published_time, <time datetime>, author), its main
 * content found by Mozilla Readability on a linkedom DOM, then the shared
 * HTML → body step. Images come from the page's "<name>_files/" folder.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToBody, type ImageSource } from './hast-body.ts';
import { ImportError } from '../errors.ts';
import type { Extracted } from './extracted.ts';
import { DATE_LINE } from './furniture.ts';
import { readSignature, SOURCE_LINE } from './extracted.ts';

function metaContent(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

export function readWebPage(html: string, file: string, options: { imageDir: string; readImage: ImageSource }): Extracted {
  const { document } = parseHTML(html);
  const title = metaContent(document, 'og:title', 'twitter:title') ?? document.querySelector('h1')?.textContent?.trim() ?? (document.title.trim() || undefined);
  const publishedTime =
    metaContent(document, 'article:published_time', 'datePublished', 'pubdate', 'date') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const url = metaContent(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const siteName = metaContent(document, 'og:site_name', 'application-name');
  const metaAuthor = metaContent(document, 'author', 'article:author');
  const timeText = document.querySelector('time')?.textContent?.trim();

  // Readability changes the document it reads; the metadata above is read first.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) throw new ImportError(`${file}: không tìm thấy nội dung bài viết trong trang này.`);

  const result = htmlToBody(article.content, { title, ...options });
  const lines = result.lines;
  const last = lines.filter((line) => !result.furniture.includes(line)).slice(-2);
  const sourceLine = last.map((line) => SOURCE_LINE.exec(line)?.[1]).find(Boolean);
  const signature = last.map(readSignature).find(Boolean);
  const dateLine = result.furniture.find((line) => DATE_LINE.test(line)) ?? (timeText && DATE_LINE.test(timeText) ? timeText : undefined);
  const headLines = [title, article.byline ?? metaAuthor, dateLine].filter((line): line is string => Boolean(line) && !lines.includes(line!));
  return {
    title,
    body: result.body,
    furniture: [...headLines.slice(1), ...result.furniture],
    captureText: `${[...headLines, ...lines].join('\n')}\n`,
    meta: { siteName: siteName ?? article.siteName ?? undefined, url, publishedTime: publishedTime ?? article.publishedTime ?? undefined, dateLine, byline: article.byline ?? metaAuthor, signature, sourceLine },
    images: result.images,
    unreadableImages: result.unreadableImages,
  };
}
