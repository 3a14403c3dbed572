/**
 * RIS from an article's CSL item, written here rather than by citation-js,
 * whose writer cuts the ID at 20 characters, leaves dates unpadded
 * (2022/2//) and wraps long values onto untagged lines. One tag a line as
 * the RIS specification gives it ("TY  - " first, "ER  - " last, CRLF), dates
 * as YYYY/MM/DD/ at their precision.
 */
import type { CslItem, CslName } from './citation.ts';

const pad = (value: number | undefined) => (value === undefined ? '' : String(value).padStart(2, '0'));
const name = (person: CslName) => ('literal' in person ? person.literal : [person.family, person.given].filter(Boolean).join(', '));
/** RIS values are one line each. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function risRecord(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0]!;
  const tags: [string, string][] = [
    // A magazine article when its publication is known; otherwise a generic record, with no made-up container.
    ['TY', item['container-title'] ? 'MGZN' : 'GEN'],
    ['ID', item.id],
    ['TI', item.title],
    ...(item.author ?? []).map((person): [string, string] => ['AU', name(person)]),
    ...(item['container-title'] ? [['T2', item['container-title']] as [string, string]] : []),
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['LA', item.language],
    ['UR', item.URL],
    ['DB', item.source],
    ['N1', item.note],
  ];
  return `${[...tags.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n')}\r\n`;
}
