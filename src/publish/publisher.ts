/**
 * The one site configuration for who publishes the archive, how a reader
 * reaches them, and on what terms its contents may be reused. The about,
 * contact, licence and accessibility pages, the footer, the JSON data files
 * and the structured data all read it, so a value changed here changes
 * everywhere at once.
 *
 * Some values only the real publisher can give. Each says so in `status`:
 * - 'publisher-must-supply': no true value is known. The pages print PENDING
 *   ("Đang cập nhật", the wording Vietnamese government sites use for a detail
 *   not yet published) in its place, never an invented address or number.
 * - 'publisher-must-confirm': a value taken from public sources, or a choice
 *   made on the publisher's behalf (the data licence). It is shown as it is;
 *   the publisher confirms or replaces it before the site goes live.
 * README.md ("Before publishing: values the publisher must supply or confirm")
 * lists every such field; tests/unit/publish/publisher.test.ts fails when the
 * list and this file disagree.
 */
import type { PartialDate } from '../content/dates.ts';
import { paths } from '../urls/paths.ts';
import { publisherName, siteName } from './site.ts';

export type Supplied =
  | { status: 'confirmed'; value: string }
  | { status: 'publisher-must-confirm'; value: string; basis: string }
  | { status: 'publisher-must-supply'; needed: string };

const confirmed = (value: string): Supplied => ({ status: 'confirmed', value });
const toConfirm = (value: string, basis: string): Supplied => ({ status: 'publisher-must-confirm', value, basis });
const toSupply = (needed: string): Supplied => ({ status: 'publisher-must-supply', needed });

/** What a page prints for a value no one has supplied yet. */
export const PENDING = 'Đang cập nhật';

/** The value, or undefined while the publisher has not supplied it (structured data leaves it out). */
export const knownValue = (field: Supplied): string | undefined => (field.status === 'publisher-must-supply' ? undefined : field.value);

/** The value as a page prints it. */
export const shownValue = (field: Supplied): string => knownValue(field) ?? PENDING;

export const publisher = {
  /** The body in whose name the archive is published (cơ quan chủ quản). */
  name: toConfirm(publisherName, 'the name the archived articles (2022–2023) use; confirm the name in force when the site goes live'),
  /** Its own website: the source of one archived article ("Nguồn: tcvn.gov.vn", content/sources/README.md). */
  website: toConfirm('https://tcvn.gov.vn', 'named as the Directorate’s own site in content/sources/README.md'),
  /** The unit that keeps the archive day to day: adds articles, corrects errors, answers readers. */
  keeper: toSupply('the department or centre that keeps the archive and answers readers'),
  /** Head office, as the Directorate publishes it. */
  postalAddress: toConfirm('Số 8 Hoàng Quốc Việt, Cầu Giấy, Hà Nội', 'the Directorate’s published head-office address; give the keeper’s own if letters should go elsewhere'),
  /** An address the keeper reads: readers' questions, corrections, accessibility problems. */
  email: toSupply('an e-mail address the keeper reads'),
  phone: toSupply('a telephone number for readers, with its area code'),
} as const satisfies Record<string, Supplied>;

/** Licences the configuration may name, by SPDX identifier. */
const LICENCES = {
  'CC-BY-4.0': {
    name: 'Giấy phép Creative Commons Ghi công 4.0 Quốc tế',
    short: 'CC BY 4.0',
    /** The licence's own address: what the JSON files and the structured data carry. */
    url: 'https://creativecommons.org/licenses/by/4.0/',
    /** The summary in Vietnamese that Creative Commons publishes. */
    summaryUrl: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  },
} as const;

/** Licence of the archive's own work: its metadata, summaries, notes, timeline and the open data files. */
export const dataLicenceChoice = toConfirm('CC-BY-4.0', 'chosen for the publisher as the usual licence of open government data; confirm, or name another');
export const dataLicence = licenceNamed(shownValue(dataLicenceChoice));

function licenceNamed(id: string): (typeof LICENCES)[keyof typeof LICENCES] {
  if (!(id in LICENCES)) throw new Error(`src/publish/publisher.ts: dataLicenceChoice "${id}" is none of ${Object.keys(LICENCES).join(', ')}; add it to LICENCES`);
  return LICENCES[id as keyof typeof LICENCES];
}

/** How a reuser credits the archive under the data licence. */
export const attribution = `${siteName} – ${shownValue(publisher.name)}`;

/** The rule for the texts, which are not the archive's to license. */
export const textRights =
  'Nội dung các bài viết được sao lại nguyên văn từ nơi đăng bài gốc; quyền tác giả đối với bài viết, ảnh và tiêu đề gốc vẫn thuộc về tác giả và cơ quan đã đăng bài. Giấy phép của Kho lưu trữ không áp dụng cho các nội dung này.';

export const accessibility = {
  /** The standard the site is built and tested against. */
  standard: 'WCAG 2.2 mức AA',
  standardUrl: 'https://www.w3.org/TR/WCAG22/',
  /** The day the statement was written or last reviewed (ISO 8601); move it with each review. */
  statementDate: confirmed('2026-12-05'),
} as const;

/** The pages a public body's site owes its readers, in the order the footer lists them. */
export const publicPages = [
  { key: 'about', path: paths.about(), title: 'Giới thiệu' },
  { key: 'contact', path: paths.contact(), title: 'Liên hệ' },
  { key: 'licence', path: paths.licence(), title: 'Giấy phép sử dụng' },
  { key: 'accessibility', path: paths.accessibility(), title: 'Tuyên bố về khả năng tiếp cận' },
] as const;

export type PublicPageKey = (typeof publicPages)[number]['key'];
export const publicPage = (key: PublicPageKey) => publicPages.find((page) => page.key === key)!;

/** The statement's date as the date formatter takes it. */
export function statementDay(): PartialDate {
  const iso = shownValue(accessibility.statementDate);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`src/publish/publisher.ts: accessibility.statementDate "${iso}" is not a date like 2026-12-05`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), precision: 'day' };
}

/** Every field the publisher still has to act on, named as README.md names it. */
export function fieldsForPublisher(): { field: string; status: Exclude<Supplied['status'], 'confirmed'>; note: string }[] {
  const fields: [string, Supplied][] = [
    ...Object.entries(publisher).map(([key, field]) => [`publisher.${key}`, field] as [string, Supplied]),
    ['dataLicenceChoice', dataLicenceChoice],
    ['accessibility.statementDate', accessibility.statementDate],
  ];
  return fields.flatMap(([field, value]) =>
    value.status === 'confirmed' ? [] : [{ field, status: value.status, note: value.status === 'publisher-must-supply' ? value.needed : value.basis }],
  );
}
