/**
 * The filter choices the search page offers, from the archive: each with the
 * id used in the URL (and in the search period files, see
 * search-periods.ts), the label readers see and the number of articles.
 * Values no article has are left out: they could never match.
 */
import { articlesByYear, mostFrequent, partnersWithCounts, topicsWithCounts } from './indexes.ts';
import type { Archive } from './model.ts';
import type { FacetKey } from '../search/core/url-state.ts';
import { facetWording } from '../reference/wording.ts';

export interface FacetOption {
  /** Value in the URL (?nam=2023, ?chu-de=xe-dien, ?doi-tac=iso). */
  id: string;
  /** What the reader sees. */
  label: string;
  /** Longer name, for a tooltip (partners' Vietnamese names). */
  title?: string;
  count: number;
}

export interface FacetGroup {
  facet: FacetKey;
  /** Heading of the group. */
  legend: string;
  options: FacetOption[];
}

/** Years newest first; topics and partners most frequent first, Vietnamese collation on ties. */
export function facetGroups(archive: Archive): FacetGroup[] {
  return [
    {
      facet: 'year',
      legend: facetWording.year,
      options: articlesByYear(archive).map(({ year, items }) => ({ id: String(year), label: String(year), count: items.length })),
    },
    {
      facet: 'topic',
      legend: facetWording.topic,
      options: mostFrequent(topicsWithCounts(archive)).map(({ item, count }) => ({ id: item.id, label: item.label, count })),
    },
    {
      facet: 'partner',
      legend: facetWording.partner,
      options: mostFrequent(partnersWithCounts(archive)).map(({ item, count }) => ({
        id: item.id,
        label: item.shortName,
        title: item.shortName === item.nameVi ? undefined : item.nameVi,
        count,
      })),
    },
  ];
}
