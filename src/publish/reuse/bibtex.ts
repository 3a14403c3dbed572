/**
 * BibTeX (with the biblatex `date` beside BibTeX's `year` and `month`) from an
 * article's CSL item, written here rather than by citation-js: its writer
 * protects capitals letter by letter and stops at Vietnamese ones ({TC}Đ{LCL},
 * {Ch}âu Á) and writes `month = {jan 24}`, which is not BibTeX.
 */
import type { CslItem, CslName } from './citation.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_' };
/** BibTeX's special characters in running text, escaped. */
const escape = (text: string) => text.replace(/[\\{}&%$#_]/g, (char) => SPECIAL[char]!);

/**
 * Every title word that sentence-case styles would change wrongly is braced
 * whole: a word with a capital after its first letter (TCĐLCL, KH&CN, MoU),
 * and a capitalised word other than the first (Châu Á, Thái Bình Dương:
 * names). Unicode-aware, so Vietnamese capitals count; punctuation around a
 * word stays outside its braces.
 */
export function protectTitle(title: string): string {
  let first = true;
  return title
    .split(/(\s+)/)
    .map((token) => {
      const parts = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
      const [, before, word, after] = parts as unknown as [string, string, string, string];
      if (word === '') return escape(token);
      const isFirst = first;
      first = false;
      const innerCapital = /\p{Lu}/u.test(word.slice(1));
      const capitalised = /^\p{Lu}/u.test(word);
      const braced = innerCapital || (capitalised && !isFirst);
      return `${escape(before)}${braced ? `{${escape(word)}}` : escape(word)}${escape(after)}`;
    })
    .join('');
}

/** "Vũ, Tú Quyên"; a name that cannot be split is braced whole so BibTeX takes it as one. */
const name = (person: CslName) => ('literal' in person ? `{${escape(person.literal)}}` : [person.family, person.given].filter(Boolean).map((part) => escape(part!)).join(', '));

const pad = (value: number) => String(value).padStart(2, '0');

export function bibtexEntry(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0]!;
  const fields: [string, string][] = [
    ...(item.author ? [['author', `{${item.author.map(name).join(' and ')}}`] as [string, string]] : []),
    ['title', `{${protectTitle(item.title)}}`],
    // A known publication is the journal; otherwise the archive is where the article is kept.
    item['container-title'] ? ['journal', `{${escape(item['container-title'])}}`] : ['howpublished', `{${escape(item.source)}}`],
    ['year', `{${year}}`],
    ...(month ? [['month', MONTHS[month - 1]!] as [string, string]] : []),
    ['date', `{${[year, month, day].filter((part) => part !== undefined).map((part, index) => (index === 0 ? String(part) : pad(part!))).join('-')}}`],
    ['url', `{${item.URL}}`],
    ['langid', '{vietnamese}'],
    ['note', `{${escape(item.note)}}`],
  ];
  const type = item['container-title'] ? 'article' : 'misc';
  return `@${type}{${item.id},\n${fields.map(([key, value]) => `  ${key} = ${value},`).join('\n')}\n}\n`;
}
