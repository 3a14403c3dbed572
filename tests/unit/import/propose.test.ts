/** The importer's proposals, one rule at a time. */
import { describe, expect, it } from 'vitest';
import { proposeDate } from '../../../src/import/propose/publication-date.ts';
import { proposeSource } from '../../../src/import/propose/source.ts';
import { textDates } from '../../../src/import/propose/text-dates.ts';
import { importCapture } from '../../../src/import/import-capture.ts';
import { projectWithout, readDraft } from './draft-helpers.ts';

describe('textDates', () => {
  it('reads days, spans and months, and tells an announced date from a reported one', () => {
    const dates = textDates([
      'Hội thảo diễn ra từ ngày 30/10/2023 – 10/11/2023 tại Đà Nẵng.',
      'Việt Nam và Belarus sẽ triển khai MoU đã ký ngày 7/12/2023.',
      'Diễn đàn tháng 3 dự kiến sẽ diễn ra vào ngày 29/03/2022 tới đây.',
      'ISO ban hành Tuyên bố vào tháng 9/2021.',
    ]);
    expect(dates.map(({ date, end, planned }) => [date, end, planned])).toEqual([
      ['30/10/2023', '10/11/2023', false],
      ['7/12/2023', undefined, false],
      ['29/3/2022', undefined, true],
      ['9/2021', undefined, false],
    ]);
  });
});

describe('proposeDate', () => {
  it('takes the page’s published time in Vietnam time, then a dateline, to the minute', () => {
    expect(proposeDate({ publishedTime: '2024-06-05T23:10:00Z' }, [])).toMatchObject({ date: '06/06/2024 06:10', approximate: false });
    expect(proposeDate({ dateLine: 'Thứ hai, 24/01/2023 06:31' }, [])).toMatchObject({ date: '24/01/2023 06:31', approximate: false });
  });

  it('otherwise infers a period between the latest reported day and the first announced one', () => {
    const dates = textDates(['Diễn ra vào ngày 17/02/2022.', 'Sẽ diễn ra vào ngày 29/03/2022 tới đây.']);
    expect(proposeDate({}, dates)).toMatchObject({ date: '2/2022', end: '3/2022', approximate: true, inferred: true });
  });
});

describe('proposeSource', () => {
  it('prefers the site name, then a "(X) -" lead, a "Nguồn:" line, the domain, and says when there is none', () => {
    // A saved page's own address is the article's; its origin is the site's home page.
    expect(proposeSource({ siteName: 'Báo Thử', url: 'https://baothu.vn/a' }, '(VietQ.vn) - Tin.', undefined)).toMatchObject({ name: 'Báo Thử', url: 'https://baothu.vn/a', site: 'https://baothu.vn' });
    // A name that is a domain gives the site, never an article address.
    expect(proposeSource({ sourceLine: 'tcvn.gov.vn' }, '(VietQ.vn) - Tin.', undefined)).toEqual({ name: 'VietQ.vn', site: 'https://vietq.vn', basis: 'phần mở đầu “(VietQ.vn) -”' });
    expect(proposeSource({ sourceLine: 'tcvn.gov.vn' }, undefined, 'Tin.')).toEqual({ name: 'tcvn.gov.vn', site: 'https://tcvn.gov.vn', basis: 'dòng “Nguồn: tcvn.gov.vn”' });
    expect(proposeSource({ url: 'https://www.baothu.vn/a' }, undefined, undefined)).toMatchObject({ name: 'baothu.vn', url: 'https://www.baothu.vn/a', site: 'https://www.baothu.vn' });
    // A home page saved as the page is a site, not the article.
    expect(proposeSource({ siteName: 'Báo Thử', url: 'https://baothu.vn/' }, undefined, undefined)).not.toHaveProperty('url');
    // Nothing names the source: no name, no placeholder.
    expect(proposeSource({}, undefined, undefined)).toEqual({ basis: 'bản gốc không ghi nơi đăng' });
  });
});

describe('an input without a title or a date', () => {
  it('gets a proposed title with the reconstructed mark, and the latest year it names, approximate, with a dating note', async () => {
    const bytes = new TextEncoder().encode('Năm 2019, đoàn công tác làm việc với APO về năng suất.\nHai bên trao đổi kinh nghiệm.\n');
    const draft = readDraft(await importCapture({ fileName: 'khong-ngay.txt', bytes, currentYear: 2030 }, projectWithout()));
    expect(draft.data).toMatchObject({ title: 'Năm 2019, đoàn công tác làm việc với APO về năng suất', titleEditorial: true, published: { date: { year: 2019, precision: 'year' }, approximate: true } });
    expect(draft.data.notes.map((note) => note.kind)).toEqual(['reconstructed-title', 'dating']);
  });
});
