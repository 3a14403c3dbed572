/**
 * Links from a result into the article that make the browser itself
 * highlight and scroll to the matched words: URL text fragments
 * (#:~:text=xe%20điện). They need no script on the article page, so article
 * pages keep shipping no JavaScript and nothing breaks under a strict
 * Content-Security-Policy; a browser without support simply opens the page.
 */

/** Each phrase is one text directive; more would clutter a shared link. */
export const MAX_HIGHLIGHTED_PHRASES = 4;

// The directive syntax reserves "-", "," and "&"; encodeURIComponent leaves "-" alone.
const encodeDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

export function textFragmentHref(url: string, phrases: readonly string[]): string {
  const directives = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase !== ''))]
    .slice(0, MAX_HIGHLIGHTED_PHRASES)
    .map((phrase) => `text=${encodeDirective(phrase)}`);
  if (directives.length === 0) return url;
  const withoutHash = url.split('#')[0]!;
  return `${withoutHash}#:~:${directives.join('&')}`;
}
