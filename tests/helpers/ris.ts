/**
 * A strict reader of RIS as its specification writes it, to check the
 * archive's files the way a reference manager's importer takes them: one
 * "TAG  - value" a line (CRLF), TY first, ER last, dates as YYYY/MM/DD/.
 * Written here because the npm registry offers no maintained RIS parser
 * other than citation-js, which the tests use as the second reader.
 */
const LINE = /^([A-Z][A-Z0-9]) {2}- (.*)$/;
const DATE = /^\d{4}\/(\d{2})?\/(\d{2})?\/$/;

/** Each tag's values in order; throws, naming the line, on anything a strict importer would refuse. */
export function readRis(text: string): Map<string, string[]> {
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) throw new Error('RIS lines must end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const tags = new Map<string, string[]>();
  lines.forEach((line, index) => {
    const match = LINE.exec(line);
    if (!match) throw new Error(`line ${index + 1} is not "TAG  - value": ${JSON.stringify(line)}`);
    const [, tag, value] = match as unknown as [string, string, string];
    if (index === 0 && tag !== 'TY') throw new Error('the record does not start with TY');
    if (tag === 'ER' && index !== lines.length - 1) throw new Error(`ER before the end, line ${index + 1}`);
    if (tag === 'DA' && !DATE.test(value)) throw new Error(`DA is not YYYY/MM/DD/: ${value}`);
    if (tag !== 'ER' && value.trim() === '') throw new Error(`${tag} is empty, line ${index + 1}`);
    tags.set(tag, [...(tags.get(tag) ?? []), value]);
  });
  if (!tags.has('ER')) throw new Error('the record does not end with ER');
  return tags;
}
