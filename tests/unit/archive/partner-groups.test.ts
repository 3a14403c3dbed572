import { describe, expect, it } from 'vitest';
import { countryName, numericCountryCode } from '../../../src/reference/countries.ts';
import { partnerCountries, partnerDirectory } from '../../../src/archive/partner-groups.ts';
import { fixtureArchive } from '../../helpers/archive-fixtures.ts';

const archive = fixtureArchive([
  { id: 'a', published: '1/1/2023', partners: ['iso', 'sa'] },
  { id: 'b', published: '1/2/2023', partners: ['iso'] },
]);

describe('partnerDirectory', () => {
  const sections = partnerDirectory(archive);

  it('lists the kinds in reading order, leaving out kinds without partners', () => {
    expect(sections.map((section) => [section.kind, section.label])).toEqual([
      ['international', 'Tổ chức quốc tế'],
      ['regional', 'Tổ chức khu vực'],
      ['national-standards-body', 'Cơ quan tiêu chuẩn quốc gia'],
      ['government', 'Cơ quan chính phủ các nước'],
    ]);
  });

  it('lists national bodies by country, countries in Vietnamese collation (Úc before Vương quốc Anh)', () => {
    const national = sections.find((section) => section.kind === 'national-standards-body')!;
    expect(national.groups.map((group) => [group.country?.name, group.partners.map(({ item }) => item.id)])).toEqual([
      ['Cộng hòa Hồi giáo Iran', ['inso']],
      ['Israel', ['sii']],
      ['Úc', ['sa']],
      ['Vương quốc Anh', ['bsi']],
    ]);
  });

  it('keeps international bodies in one group with their article counts, zero included', () => {
    const international = sections[0]!;
    expect(international.groups).toHaveLength(1);
    expect(international.groups[0]!.country).toBeUndefined();
    expect(international.groups[0]!.partners.map(({ item, count }) => [item.id, count])).toEqual([
      ['iec', 0],
      ['iso', 2],
    ]);
  });
});

describe('partnerCountries', () => {
  it('gathers partners by country of headquarters, by Vietnamese name', () => {
    expect(partnerCountries(archive).map(({ country, partners }) => [country.code, partners.map((partner) => partner.id)])).toEqual([
      ['IR', ['inso']],
      ['DE', ['ptb']],
      ['IL', ['sii']],
      ['JP', ['apo']],
      ['CH', ['iec', 'iso']],
      ['AU', ['sa']],
      ['GB', ['bsi']],
    ]);
  });
});

describe('countries', () => {
  it.each([
    ['CH', 'Thụy Sĩ', '756'],
    ['US', 'Mỹ', '840'],
    ['MY', 'Malaysia', '458'],
    ['BE', 'Bỉ', '056'],
  ])('%s is %s, numeric %s', (code, name, numeric) => {
    expect(countryName(code)).toBe(name);
    expect(numericCountryCode(code)).toBe(numeric);
  });

  it('rejects a code that is not a country', () => {
    expect(() => countryName('XX')).toThrow(/"XX" is not an ISO 3166-1/);
    expect(() => numericCountryCode('XX')).toThrow(/"XX"/);
  });
});
