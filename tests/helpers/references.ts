/**
 * Every address a built page or stylesheet points at: links, assets, form
 * targets, sharing-card URLs, and the URLs inside its JSON-LD. Used to prove
 * a build works from whatever base path it was made for.
 */
import type { CheerioAPI } from 'cheerio';

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

/** Every string in a JSON value that looks like an absolute http(s) URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

/** The addresses of one page, as written (relative or absolute). */
export function pageReferences($: CheerioAPI): string[] {
  const attributes = URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
    $(selector)
      .map((_index, element) => $(element).attr(attribute))
      .get(),
  );
  const structured = $('script[type="application/ld+json"]')
    .map((_index, element) => urlsIn(JSON.parse($(element).text())))
    .get();
  return [...attributes, ...structured];
}

/** url(...) references in a stylesheet, except data: URIs. */
export function stylesheetReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((match) => match[1]!).filter((target) => !target.startsWith('data:'));
}
