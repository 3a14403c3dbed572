/**
 * The search page's synonym table, from the archive's own data: each
 * partner's acronym with its Vietnamese and English names, and each
 * glossary term with its aliases (the expansion is prose, with
 * parentheses, so only the editor's explicit `aliases` count). Groups that
 * share a name are joined (src/search/core/synonyms.ts); the page carries
 * the result in data-search-synonyms, so no request is made for it.
 */
import { synonymGroups } from '../search/core/synonyms.ts';
import type { GlossaryEntry, Partner } from './model.ts';

export function searchSynonyms(partners: readonly Pick<Partner, 'acronym' | 'nameVi' | 'nameEn'>[], glossary: readonly Pick<GlossaryEntry, 'term' | 'aliases'>[]): string[][] {
  return synonymGroups([
    ...partners.map((partner) => [partner.acronym, partner.nameVi, partner.nameEn].filter((name): name is string => name !== undefined)),
    ...glossary.map((entry) => [entry.term, ...(entry.aliases ?? [])]),
  ]);
}
