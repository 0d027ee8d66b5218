/**
 * Locale-aware formatting with `Intl`, given the active UI language. Pure functions, so the pipes that use
 * them stay thin and the rules are unit-tested here.
 */

import type { Locale } from '@referrals/contracts';

/** The `Intl` locale behind each UI language: British English reads naturally to a Dutch workforce. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL' };

const TEN = BigInt(10);
const ZERO = BigInt(0);

/**
 * Formats an amount held as integer minor units (cents) in an ISO 4217 currency. The amount is turned into
 * an exact decimal string and handed to `Intl` as such, so no float division ever rounds a cent away.
 */
export function formatMoneyMinor(amountMinor: bigint | number | string, currency: string, locale: string): string {
  const minor = BigInt(amountMinor); // throws on a fraction: minor units are whole by definition
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const negative = minor < ZERO;
  const magnitude = negative ? -minor : minor;
  const unit = TEN ** BigInt(digits);
  const whole = (magnitude / unit).toString();
  const fraction = digits > 0 ? '.' + (magnitude % unit).toString().padStart(digits, '0') : '';
  // Intl.NumberFormat formats a decimal string exactly (ES2023); its types still say number.
  const decimal = `${negative ? '-' : ''}${whole}${fraction}` as unknown as number;
  return formatter.format(decimal);
}

/** Date and time of an ISO instant, e.g. "12 Mar 2025, 14:05" in British English or "12 mrt 2025, 14:05" in Dutch. */
export function formatDateTime(iso: string | Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}

/** A calendar date, e.g. "12 March 2025" / "12 maart 2025". */
export function formatDate(iso: string | Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}
