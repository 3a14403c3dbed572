import { describe, expect, it } from 'vitest';
import { compareDateSpecs, parseVietnameseDate, startInstant, type DateSpec } from '../../../src/content/dates.ts';
import { formatDateSpec, isExactDay, machineDate } from '../../../src/publish/date-format.ts';

const spec = (date: string, end?: string, approximate = false): DateSpec => ({
  start: parseVietnameseDate(date),
  end: end ? parseVietnameseDate(end) : undefined,
  approximate,
});

describe('parseVietnameseDate', () => {
  it.each([
    ['24/01/2023 06:31', { year: 2023, month: 1, day: 24, hour: 6, minute: 31, precision: 'minute' }],
    ['20/12/2023', { year: 2023, month: 12, day: 20, precision: 'day' }],
    ['9/8/2023', { year: 2023, month: 8, day: 9, precision: 'day' }],
    ['12/2023', { year: 2023, month: 12, precision: 'month' }],
    ['2022', { year: 2022, precision: 'year' }],
  ])('%s', (text, expected) => {
    expect(parseVietnameseDate(text)).toMatchObject(expected);
  });

  it.each([
    ['45/13/2023', /không có tháng 13/],
    ['31/02/2023', /không phải ngày có thật/],
    ['29/02/2023', /không phải ngày có thật/],
    ['2023-01-24', /không phải ngày tháng/],
    ['24/01/2023 25:00', /giờ không thể có/],
    ['hôm qua', /không phải ngày tháng/],
  ])('rejects %s', (text, message) => {
    expect(() => parseVietnameseDate(text)).toThrow(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseVietnameseDate('29/2/2024').day).toBe(29);
  });
});

describe('Vietnam time, whatever the build machine says', () => {
  it('places 06:31 on 24/01/2023 at 23:31 UTC the day before', () => {
    expect(new Date(startInstant(parseVietnameseDate('24/01/2023 06:31'))).toISOString()).toBe('2023-01-23T23:31:00.000Z');
  });
});

describe('formatDateSpec', () => {
  it.each([
    [spec('24/01/2023 06:31'), '24/1/2023'],
    [spec('27/10/2022'), '27/10/2022'],
    [spec('19/9/2022', '23/9/2022'), '19–23/9/2022'],
    [spec('30/10/2023', '10/11/2023'), '30/10–10/11/2023'],
    [spec('30/12/2022', '2/1/2023'), '30/12/2022–2/1/2023'],
    [spec('10/2023'), 'tháng 10/2023'],
    [spec('2022'), 'năm 2022'],
    [spec('12/2023', undefined, true), 'khoảng tháng 12/2023'],
    [spec('2/2022', '3/2022', true), 'khoảng tháng 2–3/2022'],
  ])('%# → %s', (date, expected) => {
    expect(formatDateSpec(date)).toBe(expected);
  });

  it('says the time of day only when asked, for a byline', () => {
    expect(formatDateSpec(spec('24/01/2023 06:31'), { withTime: true })).toBe('06:31 ngày 24/1/2023');
    expect(formatDateSpec(spec('27/10/2022'), { withTime: true })).toBe('27/10/2022');
  });

  it('calls only a known, single day a "ngày"', () => {
    expect(isExactDay(spec('24/01/2023 06:31'))).toBe(true);
    expect(isExactDay(spec('27/10/2022'))).toBe(true);
    expect(isExactDay(spec('12/2023'))).toBe(false);
    expect(isExactDay(spec('27/10/2022', undefined, true))).toBe(false);
    expect(isExactDay(spec('19/9/2022', '23/9/2022'))).toBe(false);
  });
});

describe('machineDate', () => {
  it.each([
    ['24/01/2023 06:31', '2023-01-24T06:31+07:00'],
    ['7/12/2023', '2023-12-07'],
    ['12/2023', '2023-12'],
    ['2022', '2022'],
  ])('%s → %s', (text, expected) => {
    expect(machineDate(parseVietnameseDate(text))).toBe(expected);
  });
});

describe('compareDateSpecs orders mixed precisions', () => {
  it('puts a year before its months, a month before its days, short spans first', () => {
    const dates = [spec('1/10/2023'), spec('10/2023'), spec('2023'), spec('1/10/2023', '5/10/2023'), spec('30/9/2023')];
    const sorted = [...dates].sort(compareDateSpecs).map((date) => formatDateSpec(date));
    expect(sorted).toEqual(['năm 2023', '30/9/2023', 'tháng 10/2023', '1/10/2023', '1–5/10/2023']);
  });
});
