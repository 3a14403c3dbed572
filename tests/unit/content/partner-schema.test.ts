/** A partner's names are names: an editor's remark has its own field and never stands in for the English name. */
import { describe, expect, it } from 'vitest';
import { partnerSchema } from '../../../src/content/schema.ts';

const base = { id: 'iames', acronym: 'IAMES', nameVi: 'Tổ chức IAMES (Malaysia)', kind: 'company', country: 'MY' };

describe('partnerSchema', () => {
  it('accepts a partner whose English name is not known: no nameEn at all', () => {
    expect(partnerSchema.safeParse(base).success).toBe(true);
  });

  it('keeps an editor\'s note apart from the names', () => {
    const parsed = partnerSchema.parse({ ...base, note: 'Bài viết chỉ nêu tên viết tắt.' });
    expect(parsed.note).toBe('Bài viết chỉ nêu tên viết tắt.');
    expect(parsed.nameEn).toBeUndefined();
  });

  it.each([
    'IAMES (Malaysia; full name not given in the article)',
    'Full name unknown',
    'IAMES?',
    'N/A',
    'chưa rõ tên tiếng Anh',
  ])('rejects a remark written as the English name: %s', (nameEn) => {
    const result = partnerSchema.safeParse({ ...base, nameEn });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['nameEn']);
    expect(result.error!.issues[0]!.message).toContain('note');
  });

  it('accepts real English names, parentheses and all', () => {
    for (const nameEn of ['International Organization for Standardization', 'Asian Productivity Organization (APO)', 'Standards and Metrology Institute of Iran']) {
      expect(partnerSchema.safeParse({ ...base, nameEn }).success, nameEn).toBe(true);
    }
  });
});
