/**
 * The interface's Vietnamese wording, in one file, so a wording pass is one file.
 *
 * It sits in the lowest layer (src/reference/) because strings are needed at every
 * level above it: the archive's group labels, the routes' page titles, publish/'s
 * downloads and feeds, the components and pages. It imports nothing.
 *
 * The terms, chosen once and used everywhere:
 * - the site is "Kho lưu trữ" (never bare "Lưu trữ", which reads as the verb);
 * - the saved copy of a source web page is "bản lưu" (not "bản thu", which sounds like
 *   an audio recording); its page is "Bản lưu trang gốc";
 * - comparing the article with it is "Đối chiếu với bản lưu" (not "Độ trung thành");
 * - dates are d/m/yyyy without leading zeros ("24/1/2023"), in the interface and in
 *   the archive's own notes (src/publish/date-format.ts writes them).
 */

/** The archive, as a subject of a sentence ("Kho lưu trữ đã lược bỏ…"). */
export const ARCHIVE = 'Kho lưu trữ';
/** The saved copy of a source page, inside a sentence. */
export const CAPTURE = 'bản lưu';

export const siteWording = {
  /** Plain Vietnamese capitalisation: only the first word and the proper name. */
  name: 'Kho lưu trữ hợp tác quốc tế TCĐLCL',
  description:
    'Kho lưu trữ các bài viết về hoạt động hợp tác quốc tế của Tổng cục Tiêu chuẩn Đo lường Chất lượng (TCĐLCL): theo năm, chủ đề, đối tác và dòng thời gian sự kiện.',
  publisher: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng',
  skipLink: 'Bỏ qua, đến nội dung chính',
  /** Printed under each page, so a paper copy leads back to it. */
  printedAddress: 'Bản trực tuyến:',
} as const;

export const navWording = {
  home: 'Trang chủ',
  years: 'Theo năm',
  topics: 'Chủ đề',
  partners: 'Đối tác',
  timeline: 'Dòng thời gian',
  mainNav: 'Điều hướng chính',
  breadcrumbs: 'Vị trí trang',
  searchLabel: 'Tìm trong kho lưu trữ',
  searchPlaceholder: 'Tìm bài viết…',
  searchButton: 'Tìm',
} as const;

export const articleWording = {
  /** The byline label for a date known to the day. */
  publishedOn: 'Ngày đăng',
  /** The byline label for a month, a year or an estimate: "Ngày đăng: tháng 12/2023" would not fit. */
  publishedAround: 'Thời gian đăng',
  source: 'Nguồn',
  author: 'Tác giả',
  readingTime: 'Thời gian đọc',
  readingMinutes: (minutes: number) => `khoảng ${minutes} phút`,
  cardReadingMinutes: (minutes: number) => `${minutes} phút đọc`,
  captureLink: 'xem bản lưu trang gốc',
  editorialTitleBadge: 'Tiêu đề do biên tập viên đặt',
  draftBadge: 'Bản nháp – chỉ hiện khi xem thử',
  draftBadgeShort: 'Bản nháp',
  topicsList: 'Chủ đề',
  notesHeading: 'Ghi chú của biên tập viên',
  noteKinds: {
    'reconstructed-title': 'Về tiêu đề',
    'original-wording': 'Về câu chữ nguyên bản',
    dating: 'Về ngày đăng',
    general: 'Ghi chú',
  },
} as const;

/** Where an article came from (src/publish/source-line.ts): honest about a home page standing in for the article's address. */
export const sourceWording = {
  unnamed: 'bài gốc không ghi nơi đăng',
  siteHome: (host: string) => `trang chủ ${host}`,
  noArticleAddress: 'địa chỉ bài gốc không được lưu',
  /** "bản lưu ngày 5/12/2026", but "bản lưu tháng 12/2026": the date words carry their own label past a day. */
  capturedOn: (date: string, isDay: boolean) => `bản lưu ${isDay ? 'ngày ' : ''}${date}`,
  capturedUnknown: 'không rõ ngày lưu',
} as const;

/** The citation block under each article (the citation itself is written in src/publish/reuse/citation.ts). */
export const citationWording = {
  heading: 'Trích dẫn',
  filesIntro: 'Tải về cho phần mềm quản lý tài liệu (Zotero, EndNote, JabRef):',
} as const;

/** The page beside each article that shows the saved copy of its source page. */
export const captureWording = {
  title: 'Bản lưu trang gốc',
  pageTitle: (articleTitle: string) => `Bản lưu trang gốc: ${articleTitle}`,
  intro: (sourceName: string | undefined, file: string) =>
    `Bài viết được biên tập từ bản lưu trang ${sourceName ?? 'gốc'}, giữ nguyên vẹn trong tệp ${file}. Dưới đây là từng dòng của bản lưu, kể cả những phần của trang web mà ${ARCHIVE} đã lược bỏ.`,
  download: 'Tải tệp bản lưu',
  /** "12,3 KB": the size a reader downloads. */
  fileSize: (bytes: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`,
  capturedLabel: 'Ngày lưu',
  capturedUnknown: 'không rõ (bản lưu không ghi ngày lưu)',
  backToArticle: (articleTitle: string) => `← Đọc bài “${articleTitle}”`,
  compareHeading: 'Đối chiếu với bản lưu',
  compareResult: 'câu của bản lưu có trong bài, đúng nguyên văn.',
  missingIntro: 'Những câu sau của bản lưu không có nguyên văn trong bài:',
  removedHeading: 'Phần đã lược bỏ',
  removedLine: (number: number) => `Dòng ${number}`,
  removedWhy: '(phần của trang web, không thuộc nội dung bài)',
  removedNone: 'Không lược bỏ dòng nào.',
  removedMark: '(lược bỏ)',
  addedHeading: 'Phần đã bổ sung',
  linesHeading: (count: number, file: string) => `Toàn văn bản lưu (${count} dòng, tệp ${file})`,
  addedTitle: (title: string) => `Tiêu đề “${title}” do biên tập viên đặt; bản lưu không có tiêu đề.`,
  addedHeadingMark: (text: string) => `Dòng “${text}” được đánh dấu là tiêu đề mục.`,
  addedCaptionMark: (text: string) => `Dòng “${text}” được đánh dấu là chú thích ảnh (ảnh không được lưu trữ).`,
  addedNote: (text: string) => `Ghi chú của biên tập viên: ${text}`,
  addedData: 'Ngày đăng, nguồn, tác giả, chủ đề, đối tác và các sự kiện được ghi thành dữ liệu riêng, ngoài văn bản.',
} as const;

/** Whether a name already holds the acronym as words of its own ("Dự án EU ARISE + …", not "UNDP" for "UN"). */
function namesAcronym(name: string, acronym: string): boolean {
  const at = name.indexOf(acronym);
  if (at < 0) return false;
  const before = name[at - 1];
  const after = name[at + acronym.length];
  return (before === undefined || /[\s(]/.test(before)) && (after === undefined || /[\s),;:]/.test(after));
}

export const partnerWording = {
  nameVi: 'Tên tiếng Việt',
  nameEn: 'Tên tiếng Anh',
  acronym: 'Viết tắt',
  kind: 'Loại tổ chức',
  headquarters: 'Trụ sở',
  country: 'Quốc gia',
  website: 'Trang web',
  note: 'Ghi chú của biên tập viên',
  /** The page title: the acronym, then the name unless the name already holds the acronym. */
  title: (acronym: string | undefined, nameVi: string) => (acronym && !namesAcronym(nameVi, acronym) ? `${acronym} – ${nameVi}` : nameVi),
  description: (nameVi: string, nameEn: string | undefined) =>
    `${nameVi}${nameEn ? ` (${nameEn})` : ''}: các bài viết và sự kiện hợp tác với Tổng cục TCĐLCL.`,
  feedDescription: (nameVi: string, nameEn: string | undefined) => `Bài viết về hợp tác với ${nameVi}${nameEn ? ` (${nameEn})` : ''}.`,
} as const;

/** Listings: years, topics, partners, the timeline, pagination. */
export const listingWording = {
  year: (year: number) => `Năm ${year}`,
  articles: 'bài',
  events: 'sự kiện',
  yearsTitle: 'Theo năm',
  yearsHeading: 'Bài viết theo năm',
  yearsIntro: 'Bài viết theo năm đăng. Bài không ghi ngày đăng được xếp vào năm có khả năng nhất và ghi rõ là thời gian ước đoán.',
  yearsEstimated: (count: number) => `trong đó ${count} bài có thời gian đăng ước đoán`,
  yearsTimelineLead: 'Các sự kiện mà bài viết nhắc tới, xếp theo ngày diễn ra:',
  yearsTimelineLink: 'dòng thời gian',
  yearTitle: (year: number) => `Bài viết năm ${year}`,
  yearIntro: (year: number) => `Các bài viết đăng trong năm ${year}, mới nhất trước.`,
  yearNav: 'Các năm',
  yearEstimated: (count: number) => `${count} bài trong năm này không ghi ngày đăng; thời gian đăng được ước đoán từ nội dung và ghi “khoảng”.`,
  yearEventsLink: (year: number) => `Các sự kiện diễn ra trong năm ${year} →`,
  yearEmpty: 'Chưa có bài viết nào trong năm này.',
  pagePosition: (number: number, pageCount: number, first: number, last: number, total: number) =>
    `Trang ${number}/${pageCount}: bài ${first}–${last} trong ${total} bài, mới nhất trước.`,
  paginationNav: 'Các trang của danh sách',
  previousPage: '← Trang trước',
  nextPage: 'Trang sau →',
  pageNumber: (number: number) => `Trang ${number}`,
  planned: 'dự kiến',
  inArticle: 'Trong bài:',
  neighboursNav: 'Bài trước và bài sau',
  older: '← Bài cũ hơn',
  newer: 'Bài mới hơn →',
} as const;

/** The home page. */
export const homeWording = {
  heading: 'Hợp tác quốc tế về tiêu chuẩn, đo lường, chất lượng',
  newest: 'Bài viết mới nhất',
  allArticles: (count: number) => `Tất cả ${count} bài viết, theo năm →`,
  ways: 'Lối vào kho lưu trữ',
  byYear: 'Theo năm',
  mainTopics: 'Chủ đề chính',
  mainPartners: 'Đối tác được nhắc nhiều',
  timeline: 'Dòng thời gian',
  timelineText: (count: number) => `${count} sự kiện từ các bài viết, xếp theo ngày, dẫn tới đúng đoạn văn nêu sự kiện.`,
} as const;

/** An article's page, around its header and body. */
export const articlePageWording = {
  classification: 'Phân loại',
  topics: 'Chủ đề',
  partners: 'Đối tác',
  year: 'Năm',
  events: (count: number) => `Sự kiện trong bài (${count})`,
  related: 'Bài liên quan',
} as const;

/** Topics, partners, glossary: the index pages. */
export const indexWording = {
  topicsTitle: 'Chủ đề',
  topicsIntro: (count: number) => `${count} chủ đề của các bài viết về hợp tác quốc tế. Một bài có thể thuộc nhiều chủ đề.`,
  topicTitle: (label: string) => `Chủ đề: ${label}`,
  topicFeed: 'Theo dõi chủ đề này qua RSS',
  topicArticles: 'Bài viết thuộc chủ đề',
  topicEmpty: 'Chưa có bài viết nào thuộc chủ đề này.',
  partnersTitle: 'Đối tác',
  partnersIntro: (count: number, countries: number) =>
    `${count} tổ chức ở ${countries} quốc gia được nhắc tới trong các bài viết về hợp tác quốc tế của Tổng cục TCĐLCL.`,
  byCountry: 'Theo quốc gia',
  partnerFeed: (name: string) => `Theo dõi tin về ${name} qua RSS`,
  partnerEvents: (name: string, count: number) => `Sự kiện có ${name} tham gia (${count})`,
  partnerArticles: (name: string) => `Bài viết nhắc tới ${name}`,
  partnerEmpty: 'Chưa có bài viết nào nhắc tới đối tác này.',
  glossaryTitle: 'Thuật ngữ viết tắt',
  glossaryIntro: (count: number) =>
    `${count} chữ viết tắt dùng trong các bài viết. Trong mỗi bài, lần xuất hiện đầu tiên của chữ viết tắt là liên kết dẫn đến mục giải thích của nó trên trang này.`,
} as const;

/** The timeline of events. */
export const timelineWording = {
  title: 'Dòng thời gian sự kiện',
  intro: (count: number) => `${count} sự kiện được nhắc tới trong các bài viết, xếp theo ngày diễn ra. Mỗi sự kiện dẫn tới đúng đoạn văn nêu nó.`,
  byYear: 'Sự kiện theo năm',
  yearDetail: (articles: number, planned: number) => [`nêu trong ${articles} bài viết`, planned > 0 ? `${planned} sự kiện dự kiến` : ''].filter(Boolean).join(' · '),
  yearTitle: (year: number) => `Dòng thời gian năm ${year}`,
  yearHeading: (year: number) => `Sự kiện năm ${year}`,
  yearIntro: (events: number, articles: number) =>
    `${events} sự kiện, nêu trong ${articles} bài viết. Ngày ghi đúng mức chi tiết của bài gốc (ngày, khoảng ngày, tháng hoặc năm); “dự kiến” là sự kiện bài viết báo trước, chưa diễn ra lúc đăng.`,
  yearNav: 'Dòng thời gian các năm',
  byMonth: 'Sự kiện theo tháng',
  monthHeading: (label: string) => `Sự kiện ${label}`,
  monthTitle: (heading: string, page: number) => (page > 1 ? `${heading} – trang ${page}` : heading),
  monthIntro: (count: number, page: number, pageCount: number) =>
    `${count} sự kiện${pageCount > 1 ? `, trang ${page}/${pageCount}` : ''}. Ngày ghi đúng mức chi tiết của bài gốc; “dự kiến” là sự kiện bài viết báo trước, chưa diễn ra lúc đăng.`,
} as const;

/** The events chart, the timeline's month links and the partners' world map. */
export const chartWording = {
  yearSummary: (year: number, events: number, parts: string[]) => `Năm ${year}, ${events} sự kiện (${parts.join('; ')})`,
  noMonth: 'không rõ tháng',
  noMonthColumn: 'Không rõ tháng',
  title: 'Số sự kiện theo năm và tháng',
  tableSummary: 'Bảng số liệu của biểu đồ',
  tableLabel: 'Bảng số sự kiện theo năm và tháng',
  year: 'Năm',
  month: (month: number) => `Tháng ${month}`,
  monthShort: (month: number) => `T${month}`,
  total: 'Tổng',
  caption: 'Mỗi hàng là một năm; cột 1–12 là các tháng, cột “?” là sự kiện chỉ biết năm diễn ra. Số dưới cột là số sự kiện.',
  monthNav: (year: number) => `Các tháng của năm ${year}`,
  monthNavLead: 'Tới tháng:',
  wholeYear: 'cả năm',
  monthLink: (month: number | undefined, count: number) => `${month ? `Tháng ${month}` : 'Cả năm'}: ${count} sự kiện`,
  mapTitle: 'Bản đồ các quốc gia có đối tác',
  mapDescription: (count: number, names: string[]) => `${count} quốc gia được tô màu: ${names.join(', ')}.`,
  mapCaption: 'Quốc gia có đối tác (với tổ chức quốc tế và khu vực: nơi đặt trụ sở). Chọn một nước để xem các đối tác của nước đó; trên màn hình nhỏ, các nước nhỏ dễ chọn hơn trong',
  mapListLink: 'danh sách theo quốc gia',
  mapMissing: (names: string[]) => ` Quá nhỏ để hiện trên bản đồ: ${names.join(', ')}.`,
} as const;

/** The kinds of partner organisation, as the partners index heads them (reading order is src/archive/partner-groups.ts). */
export const partnerKindWording = {
  international: 'Tổ chức quốc tế',
  regional: 'Tổ chức khu vực',
  'national-standards-body': 'Cơ quan tiêu chuẩn quốc gia',
  government: 'Cơ quan chính phủ các nước',
  'development-agency': 'Chương trình, dự án và cơ quan phát triển',
  association: 'Hiệp hội',
  company: 'Doanh nghiệp',
} as const;

/** The search filters' group names. */
export const facetWording = { year: 'Năm', topic: 'Chủ đề', partner: 'Đối tác' } as const;

/** The page for an address that does not exist. */
export const notFoundWording = {
  title: 'Không tìm thấy trang',
  text: 'Địa chỉ bạn mở không có trong kho lưu trữ. Có thể đường dẫn bị gõ sai hoặc đã cũ.',
  home: 'Về trang chủ',
  search: 'Tìm kiếm bài viết',
  years: 'Xem bài viết theo năm',
} as const;

/**
 * Terms that once read oddly in the interface; the built-site test fails if any comes
 * back in a page's visible text outside the article bodies. Matched case for case:
 * "Kho lưu trữ đã lược bỏ" is the fix, "Lưu trữ đã lược bỏ" the fault.
 */
export const RETIRED_TERMS = ['Lưu trữ đã', 'do Lưu trữ', 'Bản thu gốc', 'Bản thu', 'bản thu', 'Độ trung thành'] as const;
