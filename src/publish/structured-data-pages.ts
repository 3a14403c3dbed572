/**
 * JSON-LD for the publisher's pages (about, contact, licence, accessibility)
 * and for the open data. Kept apart from structured-data.ts, which describes
 * the archive's content; both serialise through serializeJsonLd.
 */
import type { UrlResolver } from '../urls/absolute-url.ts';
import { paths } from '../urls/paths.ts';
import { dataFileName } from './reuse/data-files.ts';
import type { DataTable } from './reuse/data-tables.ts';
import { accessibility, dataLicence, knownValue, publicPage, publisher, type PublicPageKey } from './publisher.ts';
import { siteName } from './site.ts';
import { LANGUAGE, publisherOrganization, type JsonLdNode } from './structured-data.ts';

const pageTypes: Record<PublicPageKey, string> = { about: 'AboutPage', contact: 'ContactPage', licence: 'WebPage', accessibility: 'WebPage' };

/** The publisher with what a reader needs to reach it; fields not yet supplied are left out, not invented. */
export function publisherWithContact(): JsonLdNode {
  const email = knownValue(publisher.email);
  const telephone = knownValue(publisher.phone);
  return {
    ...publisherOrganization(),
    url: knownValue(publisher.website),
    address: { '@type': 'PostalAddress', streetAddress: knownValue(publisher.postalAddress), addressCountry: 'VN' },
    contactPoint:
      email || telephone
        ? { '@type': 'ContactPoint', contactType: 'Tiếp nhận ý kiến bạn đọc', email, telephone, availableLanguage: LANGUAGE }
        : undefined,
  };
}

/** One of the publisher's pages, as part of the site. */
export function publicWebPage(key: PublicPageKey, description: string, url: UrlResolver): JsonLdNode {
  const page = publicPage(key);
  const address = url(page.path);
  return {
    '@type': pageTypes[key],
    '@id': `${address}#trang`,
    name: page.title,
    description,
    url: address,
    inLanguage: LANGUAGE,
    isPartOf: { '@id': `${url(paths.home())}#website` },
    publisher: publisherOrganization(),
    ...(key === 'contact' || key === 'about' ? { mainEntity: publisherWithContact() } : {}),
    ...(key === 'licence' ? { license: dataLicence.url } : {}),
    ...(key === 'accessibility' ? { dateModified: knownValue(accessibility.statementDate) } : {}),
  };
}

/** A downloadable table as a schema.org Dataset, its licence and its two files. */
export function dataset(table: DataTable, url: UrlResolver): JsonLdNode {
  return {
    '@type': 'Dataset',
    '@id': `${url(paths.data())}#bang-${table.id}`,
    name: `${table.title} – ${siteName}`,
    description: `${table.rowDescription} Bảng gồm các cột: ${table.columns.map((column) => column.name).join(', ')}.`,
    url: `${url(paths.data())}#bang-${table.id}`,
    inLanguage: LANGUAGE,
    isAccessibleForFree: true,
    license: dataLicence.url,
    creator: publisherOrganization(),
    publisher: publisherOrganization(),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: url(paths.dataFile(dataFileName(table, 'csv'))) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: url(paths.dataFile(dataFileName(table, 'json'))) },
    ],
  };
}
