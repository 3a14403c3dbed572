/**
 * Which component styles go into one shared stylesheet (Vite's manualChunks).
 *
 * Left to itself, Vite gives every component style that several pages use its
 * own file, so an article page linked six stylesheets, each compressed on its
 * own. The layout's styles and those of the components the article page
 * shares with the listings are put into one file instead: the article's first
 * view is about 0.4 KB lighter compressed, and a reader moving from page to
 * page keeps that one file cached. Styles of components that only one kind of
 * page uses stay with that page.
 */
const SHARED_COMPONENTS = [
  'SiteHeader',
  'SiteFooter',
  'Breadcrumbs',
  'PageHeading',
  'ArticleList',
  'ArticleCard',
  'DateText',
  'EventList',
  'LinkChips',
  'Pagination',
];

const SHARED_MODULE = new RegExp(`/src/(layouts|styles)/|/src/components/(${SHARED_COMPONENTS.join('|')})\\.astro`);
/** A component's <style> (`?astro&type=style`) or an imported stylesheet. */
const STYLE_MODULE = /[?&]type=style|\.css$/;

export const SHARED_STYLESHEET = 'site';

/** manualChunks: the shared stylesheet's chunk name for its style modules; Vite decides the rest. */
export function stylesheetChunk(id: string): string | undefined {
  return STYLE_MODULE.test(id) && SHARED_MODULE.test(id) ? SHARED_STYLESHEET : undefined;
}
