/**
 * The partners index as readers scan it: by kind of organisation, national
 * bodies further by country; and the countries on the map. Sorted with
 * Vietnamese collation throughout.
 */
import { vietnameseCollator } from './collation.ts';
import { countryName } from '../reference/countries.ts';
import { partnerKindWording } from '../reference/wording.ts';
import { groupBy, partnersWithCounts, type Counted } from './indexes.ts';
import type { Archive, Partner } from './model.ts';
import type { PartnerData } from '../content/schema.ts';

type PartnerKind = PartnerData['kind'];

/** Reading order of the kinds, with their Vietnamese headings. */
export const partnerKindLabels: Record<PartnerKind, string> = partnerKindWording;

/** Kinds whose members belong to one country, so they are listed by country. */
const NATIONAL_KINDS: ReadonlySet<PartnerKind> = new Set(['national-standards-body', 'government']);

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Vietnamese name. */
  name: string;
}

export interface PartnerGroup {
  /** Set when the group is one country's bodies. */
  country?: Country;
  partners: Counted<Partner>[];
}

export interface PartnerKindSection {
  kind: PartnerKind;
  label: string;
  groups: PartnerGroup[];
}

const toCountry = (code: string): Country => ({ code, name: countryName(code) });
const byCountryName = (a: Country, b: Country) => vietnameseCollator.compare(a.name, b.name);

/** Countries with the items of each, ordered by the country's Vietnamese name. */
function groupByCountry<T>(items: readonly T[], codeOf: (item: T) => string): { country: Country; items: T[] }[] {
  return [...groupBy(items, codeOf).entries()]
    .map(([code, groupItems]) => ({ country: toCountry(code), items: groupItems }))
    .sort((a, b) => byCountryName(a.country, b.country));
}

/** Every partner (collation order kept) in sections by kind; empty kinds left out. */
export function partnerDirectory(archive: Archive): PartnerKindSection[] {
  const counted = partnersWithCounts(archive);
  return (Object.keys(partnerKindLabels) as PartnerKind[]).flatMap((kind) => {
    const members = counted.filter(({ item }) => item.kind === kind);
    if (members.length === 0) return [];
    const groups: PartnerGroup[] = NATIONAL_KINDS.has(kind)
      ? groupByCountry(members, ({ item }) => item.country).map(({ country, items }) => ({ country, partners: items }))
      : [{ partners: members }];
    return [{ kind, label: partnerKindLabels[kind], groups }];
  });
}

/** The countries partners are based in (headquarters for international bodies), by Vietnamese name. */
export function partnerCountries(archive: Archive): { country: Country; partners: Partner[] }[] {
  return groupByCountry(archive.partners, (partner) => partner.country).map(({ country, items }) => ({ country, partners: items }));
}
