import { formatMoneyMinor } from '../core/i18n/locale-format';

/**
 * A bonus as people say it: "€1,500" / "€ 1.500" for whole amounts, cents only when there are some
 * ("€1,500.50"). Exact like `formatMoneyMinor`: the whole part goes to Intl as a decimal string.
 */
export function formatBonus(amountMinor: number, currency: string, locale: string): string {
  const full = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = full.resolvedOptions().maximumFractionDigits ?? 2;
  const unit = BigInt(10) ** BigInt(digits);
  const minor = BigInt(amountMinor);
  if (minor % unit !== BigInt(0)) return formatMoneyMinor(minor, currency, locale);
  const whole = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  // Intl.NumberFormat formats a decimal string exactly (ES2023); its types still say number.
  return whole.format((minor / unit).toString() as unknown as number);
}
