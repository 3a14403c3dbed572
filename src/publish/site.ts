/** Site-wide wording, in one place. */
export const siteName = 'Lưu trữ Hợp tác quốc tế TCĐLCL';
export const siteDescription =
  'Kho lưu trữ các bài viết về hoạt động hợp tác quốc tế của Tổng cục Tiêu chuẩn Đo lường Chất lượng (TCĐLCL): theo năm, chủ đề, đối tác và dòng thời gian sự kiện.';
export const publisherName = 'Tổng cục Tiêu chuẩn Đo lường Chất lượng';
