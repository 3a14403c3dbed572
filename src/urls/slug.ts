/**
 * The one function that turns Vietnamese (or any) text into a URL slug.
 * URLs must never move, so every route derives its slug here and the
 * cases are pinned in tests/unit/slug.test.ts.
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      // Tone marks and other combining marks (U+0300–U+036F) go.
      .replace(/[\u0300-\u036f]/g, '')
      // đ/Đ has no Unicode decomposition, so NFD leaves it alone.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/&/g, '-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** True when a string is already in slug form (what file names and ids must be). */
export function isSlug(text: string): boolean {
  return text.length > 0 && slugify(text) === text;
}

/**
 * Text folded the way readers type without tone marks: lower case, marks
 * dropped, đ → d, spacing kept. Used by search and by collision checks.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .normalize('NFC');
}
