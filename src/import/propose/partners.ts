/**
 * Partners the text names: only ids that exist in content/partners.yaml,
 * matched on their acronyms (exactly, as whole words), their Vietnamese and
 * English names, and the expansion the glossary gives their acronym.
 * Organisations written "Name (ACRONYM)" that match no partner are
 * returned apart, with a YAML stub the editor can paste into partners.yaml.
 */
import type { GlossaryData, PartnerData } from '../../content/schema.ts';
import { slugify } from '../../urls/slug.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u');
const lower = (text: string) => text.toLocaleLowerCase('vi');

export interface UnknownOrganisation {
  name: string;
  acronym: string;
  /** Ready to paste into content/partners.yaml (the fields to check are marked). */
  stub: string;
}

/** The names a partner is known by: its own, and the glossary's expansion of its acronym (without any parenthesis). */
function namesOf(partner: PartnerData, glossary: readonly GlossaryData[]): string[] {
  const expansion = glossary.find((entry) => entry.term === partner.acronym)?.expansion.replace(/\s*\(.*$/, '');
  return [partner.nameVi, partner.nameEn, ...(expansion ? [expansion] : [])].filter((name): name is string => name !== undefined && name.length > 3);
}

export function matchPartners(text: string, partners: readonly PartnerData[], glossary: readonly GlossaryData[]): string[] {
  const folded = lower(text);
  return partners
    .filter((partner) => (partner.acronym && wholeWord(partner.acronym).test(text)) || namesOf(partner, glossary).some((name) => folded.includes(lower(name))))
    .map((partner) => partner.id);
}

const ORGANISATION = /((?:Tổ chức|Viện|Hiệp hội|Ủy ban|Uỷ ban|Cơ quan|Bộ|Cục|Trung tâm|Chương trình|Liên minh|Hội đồng|Công ty|Quỹ|Ngân hàng)(?: [^\s(),.;:“”"]+){1,12}?)\s*\(([^()]{2,20})\)/gu;
const ACRONYM = /^[\p{Lu}\d&+ -]{2,}$|^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u;
/** The Directorate and its own units are not partners (content/partners.yaml says why). */
const OWN = /TCĐLCL|TĐC|STAMEQ|QUACERT/u;

export function unknownOrganisations(text: string, partners: readonly PartnerData[], known: readonly string[]): UnknownOrganisation[] {
  const found = new Map<string, UnknownOrganisation>();
  for (const match of text.matchAll(ORGANISATION)) {
    const [, name, acronym] = match as unknown as [string, string, string];
    if (!ACRONYM.test(acronym) || OWN.test(acronym) || OWN.test(name)) continue;
    const matched = partners.some((partner) => partner.acronym === acronym || lower(partner.nameVi) === lower(name));
    if (matched || known.includes(slugify(acronym)) || found.has(acronym)) continue;
    const stub = [
      `- id: ${slugify(acronym)}`,
      `  acronym: ${JSON.stringify(acronym)}`,
      `  nameVi: ${JSON.stringify(name)}`,
      '  nameEn: "…"                 # tên tiếng Anh, nếu biết (không biết thì xóa dòng này)',
      '  kind: international         # international | regional | national-standards-body | government | development-agency | company | association',
      '  country: XX                 # mã nước ISO 3166-1, ví dụ VN',
    ].join('\n');
    found.set(acronym, { name, acronym, stub });
  }
  return [...found.values()];
}
