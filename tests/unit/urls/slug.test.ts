import { describe, expect, it } from 'vitest';
import { foldVietnamese, isSlug, slugify } from '../../../src/urls/slug.ts';

describe('slugify', () => {
  it.each([
    ['Đo lường', 'do-luong'],
    ['đường ĐẶC BIỆT', 'duong-dac-biet'],
    ['Hợp tác quốc tế', 'hop-tac-quoc-te'],
    ['Năng suất Xanh (GP)', 'nang-suat-xanh-gp'],
    ['Bộ KH&CN', 'bo-kh-cn'],
    ['  Thái Bình Dương – Châu Á  ', 'thai-binh-duong-chau-a'],
    ['ISO 9001:2015', 'iso-9001-2015'],
    ['Tiêu chuẩn hoá', 'tieu-chuan-hoa'],
    ['Tiêu chuẩn hóa', 'tieu-chuan-hoa'],
    ['Uỷ ban', 'uy-ban'],
    ['Ủy ban', 'uy-ban'],
    ['Ả Rập Xê Út', 'a-rap-xe-ut'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('makes two ids that differ only in case or tone marks collide', () => {
    expect(slugify('Halal')).toBe(slugify('hálal'));
    expect(slugify('Đo lường')).toBe(slugify('do luong'));
  });
});

describe('isSlug', () => {
  it('accepts slugs and rejects what slugify would change', () => {
    expect(isSlug('dai-hoi-iso-2022')).toBe(true);
    expect(isSlug('Dai-hoi')).toBe(false);
    expect(isSlug('đo-lường')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['xe điện', 'xe dien'],
    ['Đà Nẵng', 'Da Nang'],
    ['đo lường', 'do luong'],
    ['Hợp tác quốc tế', 'Hop tac quoc te'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('keeps the length of text so highlight offsets stay valid', () => {
    const text = 'Tổng cục Tiêu chuẩn Đo lường Chất lượng';
    expect(foldVietnamese(text)).toHaveLength(text.length);
  });
});
