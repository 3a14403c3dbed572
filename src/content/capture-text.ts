/**
 * The sentence rule of a capture, shared by the capture page
 * (src/publish/reuse/capture.ts), the build's fidelity check
 * (src/content/capture-fidelity.ts) and the importer (src/import/): which
 * lines are web-page furniture and what the sentences of the rest are.
 */

/** Web-page furniture the captures carry that is not article text. */
const FURNITURE = [/^author \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/, /^Thích và chia sẻ bài viết:$/, /^tin liên quan$/, /^video hot$/, /^Về đầu trang$/];

/** True for a furniture line: one of the known patterns, or a line the article lists in source.furniture. */
export const isFurniture = (line: string, listed: readonly string[] = []): boolean => {
  const trimmed = line.trim();
  return FURNITURE.some((pattern) => pattern.test(trimmed)) || listed.includes(trimmed);
};

export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A capture's lines as an editor's text editor shows them (a final newline is no line of its own). */
export const captureLines = (capture: string): string[] => capture.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');

/** Sentences of one line: split after . ! ? ; … and where a full stop is glued to a capital (a caption the capture ran into the text). */
export const lineSentences = (line: string): string[] =>
  line
    .trim()
    .split(/(?<=[.!?;…])\s+|(?<=\.)(?=\p{Lu})/u)
    .map(collapseSpace)
    .filter((sentence) => sentence.length > 0);

export interface CaptureSentence {
  /** 1-based line of the capture it stands on. */
  line: number;
  text: string;
}

/** Every sentence of a capture outside its furniture, with its line number. */
export function numberedSentences(capture: string, listedFurniture: readonly string[] = []): CaptureSentence[] {
  return captureLines(capture).flatMap((line, index) =>
    line.trim().length === 0 || isFurniture(line, listedFurniture) ? [] : lineSentences(line).map((text) => ({ line: index + 1, text })),
  );
}

/** Sentences of a capture, furniture aside. */
export const captureSentences = (capture: string, listedFurniture: readonly string[] = []): string[] =>
  numberedSentences(capture, listedFurniture).map((sentence) => sentence.text);
