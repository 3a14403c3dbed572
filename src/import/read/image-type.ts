/** What an image file is, by its first bytes (never by its name): jpg, png, gif or webp; undefined for anything else. */
export function imageType(bytes: Uint8Array): 'jpg' | 'png' | 'gif' | 'webp' | undefined {
  const starts = (...values: number[]) => values.every((value, index) => bytes[index] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp';
  return undefined;
}
