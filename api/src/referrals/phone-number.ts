import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A phone number in E.164 (`+31612345678`), or null when it is not a valid number. Numbers written without a
 * country code are read as Dutch, the company's home country.
 */
export function toE164(input: string, defaultCountry: 'NL' = 'NL'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
