/**
 * The referral bonus is typed in major units ("1500", "1500,50", "1.500,50", "1,500.50") and stored as
 * integer minor units. The conversion works on the digits as text, never by multiplying a float, so
 * "0.29" is 29 cents and not 28.999….
 */

const SPACES = /[\s\u00a0\u202f]/g;

/** How many minor-unit digits a currency has (2 for EUR, 0 for JPY), as `Intl` knows it. */
export function currencyFractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
      }).resolvedOptions().maximumFractionDigits ?? 2
    );
  } catch {
    return 2; // not an ISO code Intl knows; the API refuses it anyway
  }
}

/**
 * Integer minor units of a typed amount, or null when the text is not an amount. Accepted: whole numbers,
 * a decimal comma or point with at most `fractionDigits` digits after it, and thousands grouped by spaces,
 * points or commas (the other sign then being the decimal one). A single separator followed by exactly three
 * digits in a currency with fewer minor digits is grouping: "1.500" and "1,500" both mean one thousand five hundred.
 */
export function parseMajorAmountToMinor(text: string, fractionDigits: number): number | null {
  const compact = text.replace(SPACES, '');
  const split = splitAmount(compact, fractionDigits);
  if (!split) return null;
  const fraction = split.fraction.padEnd(fractionDigits, '0');
  const digits = (split.whole + fraction).replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  return Number.isSafeInteger(minor) ? minor : null;
}

function splitAmount(text: string, fractionDigits: number): { whole: string; fraction: string } | null {
  if (/^\d+$/.test(text)) return { whole: text, fraction: '' };
  const decimal = fractionDigits > 0 ? `\\d{1,${fractionDigits}}` : null;
  if (decimal) {
    const plain = new RegExp(`^(\\d+)[.,](${decimal})$`).exec(text);
    if (plain) return { whole: plain[1], fraction: plain[2] };
  }
  for (const [group, point] of [
    ['.', ','],
    [',', '.'],
  ]) {
    const g = `\\${group}`;
    const grouped = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)$`).exec(text);
    if (grouped) return { whole: grouped[1].split(group).join(''), fraction: '' };
    if (decimal) {
      const both = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)\\${point}(${decimal})$`).exec(text);
      if (both) return { whole: both[1].split(group).join(''), fraction: both[2] };
    }
  }
  return null;
}

/** Minor units as the plain text an editor starts from: "1500", or "1500,50" with a Dutch decimal comma. */
export function formatMinorAsMajorInput(minor: number, fractionDigits: number, decimalSeparator: '.' | ','): string {
  if (!Number.isSafeInteger(minor) || minor < 0) return '';
  const digits = String(minor).padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const fraction = fractionDigits > 0 ? digits.slice(digits.length - fractionDigits) : '';
  return /^0*$/.test(fraction) ? whole : `${whole}${decimalSeparator}${fraction}`;
}
