/**
 * JSON-LD (schema.org) for search engines and other readers of structured
 * data. Pure builders over the archive model: pages pass a UrlResolver so the
 * same code serves any SITE_URL/BASE_PATH, and tests call them directly.
 */
import type { UrlResolver } from '../urls/absolute-url.ts';
import { articleSummary } from './article-summary.ts';
import { machineDate } from './date-format.ts';
import type { Article, Partner } from '../archive/model.ts';
import { publisherName, siteDescription, siteName } from './site.ts';
import { paths } from '../urls/paths.ts';

/** One schema.org node; undefined fields are dropped when serialised. */
export interface JsonLdNode {
  '@type': string;
  [field: string]: unknown;
}

export const LANGUAGE = 'vi';

/** The Directorate, which publishes both the original articles' programme and this archive. */
export function publisherOrganization(): JsonLdNode {
  return {
    '@type': 'GovernmentOrganization',
    name: publisherName,
    alternateName: ['TCĐLCL', 'STAMEQ', 'Directorate for Standards, Metrology and Quality'],
    address: { '@type': 'PostalAddress', addressCountry: 'VN' },
  };
}

/** A partner organisation; its @id is its page here, so articles can point at the same node. */
export function partnerOrganization(partner: Partner, url: UrlResolver): JsonLdNode {
  return {
    '@type': partner.kind === 'government' ? 'GovernmentOrganization' : 'Organization',
    '@id': `${url(partner.path)}#to-chuc`,
    name: partner.nameVi,
    alternateName: [partner.acronym, partner.nameEn].filter((name) => name !== undefined),
    url: partner.url ?? url(partner.path),
    // For international bodies this is the country of their headquarters (see partners.yaml).
    address: { '@type': 'PostalAddress', addressCountry: partner.country },
  };
}

/**
 * A partner as an article mentions it: a reference to the node its partner
 * page describes in full (same @id), so an article page does not repeat
 * every partner's names and address (it weighs on the heaviest pages).
 */
export function partnerReference(partner: Partner, url: UrlResolver): JsonLdNode {
  const { '@type': type, '@id': id, name } = partnerOrganization(partner, url);
  return { '@type': type, '@id': id, name };
}

/** The partner page's main entity: the organisation, described on that page. */
export function partnerPageOrganization(partner: Partner, url: UrlResolver): JsonLdNode {
  return { ...partnerOrganization(partner, url), mainEntityOfPage: url(partner.path) };
}

export function newsArticle(article: Article, url: UrlResolver): JsonLdNode {
  const address = url(article.path);
  return {
    '@type': 'NewsArticle',
    '@id': `${address}#bai-viet`,
    headline: article.title,
    description: articleSummary(article),
    url: address,
    mainEntityOfPage: address,
    inLanguage: LANGUAGE,
    // Honest precision: "2023-12" when only the month is known, the minute
    // with its +07:00 offset when the source gives one. schema.org takes
    // ISO 8601, which allows reduced precision; an uncertain range is given
    // by its start, and the page itself says "khoảng ..." in words.
    datePublished: machineDate(article.published.start),
    // No author is invented: unsigned articles carry none.
    author: article.author && { '@type': 'Person', name: article.author.name, jobTitle: article.author.role },
    publisher: publisherOrganization(),
    // The published article the text was copied from: its own address when
    // known; a site known only by its home page is the publisher, never the article's url.
    isBasedOn: (article.source.url || article.source.site || article.source.name) && {
      '@type': 'CreativeWork',
      name: article.title,
      url: article.source.url,
      publisher: (article.source.name || article.source.site) && { '@type': 'Organization', name: article.source.name, url: article.source.site },
    },
    image: url(paths.sharingImage()),
    about: article.topics.map((topic) => ({ '@type': 'Thing', name: topic.label, url: url(topic.path) })),
    mentions: article.partners.map((partner) => partnerReference(partner, url)),
    keywords: article.topics.map((topic) => topic.label).join(', '),
    isPartOf: { '@id': `${url(paths.home())}#website` },
  };
}

/** One step of a breadcrumb trail, with its absolute URL. */
export interface BreadcrumbStep {
  name: string;
  url: string;
}

export function breadcrumbList(steps: readonly BreadcrumbStep[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: step.url })),
  };
}

/** The site itself, with the search page as its SearchAction (the search page reads ?q=). */
export function webSite(url: UrlResolver): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${url(paths.home())}#website`,
    name: siteName,
    description: siteDescription,
    url: url(paths.home()),
    inLanguage: LANGUAGE,
    publisher: publisherOrganization(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${url(paths.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * The text of a <script type="application/ld+json">. "<" is escaped so no
 * title can close the script element early ("</script>") or open a comment.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...node }).replace(/</g, '\\u003c');
}
