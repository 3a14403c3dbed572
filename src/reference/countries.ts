/**
 * Country names in Vietnamese and the numeric codes the world map uses, from
 * i18n-iso-countries (partners.yaml stores ISO 3166-1 alpha-2 codes).
 */
import countries from 'i18n-iso-countries';
import vietnamese from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };

countries.registerLocale(vietnamese);

/**
 * Where the package's Vietnamese name is wrong or not what Vietnamese texts
 * write: it names MY "Bán đảo Mã Lai" (the Malay Peninsula, not the state).
 */
const CORRECTIONS: Record<string, string> = { MY: 'Malaysia' };

/** The name a Vietnamese reader expects ("Mỹ", "Thụy Sĩ"); throws on an unknown code. */
export function countryName(code: string): string {
  const corrected = CORRECTIONS[code];
  if (corrected) return corrected;
  // The alias is the everyday name where the official one is long ("Mỹ" for "Hợp chủng quốc Hoa Kỳ").
  const names = countries.getName(code, 'vi', { select: 'all' });
  const name = names?.at(-1);
  if (!name) throw new Error(`"${code}" is not an ISO 3166-1 alpha-2 country code`);
  return name;
}

/** ISO 3166-1 numeric code ("756" for CH), as world-atlas ids its countries. */
export function numericCountryCode(code: string): string {
  const numeric = countries.alpha2ToNumeric(code);
  if (!numeric) throw new Error(`"${code}" is not an ISO 3166-1 alpha-2 country code`);
  return numeric;
}
