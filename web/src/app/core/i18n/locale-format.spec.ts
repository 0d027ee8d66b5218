import { formatDate, formatDateTime, formatMoneyMinor, INTL_LOCALES } from './locale-format';

const en = INTL_LOCALES.en;
const nl = INTL_LOCALES.nl;
// Intl puts no-break spaces between currency and amount; compare on plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoneyMinor', () => {
  it('formats euro cents in English and Dutch', () => {
    expect(plain(formatMoneyMinor(250_000, 'EUR', en))).toBe('€2,500.00');
    expect(plain(formatMoneyMinor(250_000, 'EUR', nl))).toBe('€ 2.500,00');
  });

  it('keeps every cent of amounts beyond float precision', () => {
    expect(formatMoneyMinor(BigInt('900719925474099123'), 'EUR', en)).toBe('€9,007,199,254,740,991.23');
    expect(formatMoneyMinor('12345678901234567', 'USD', en)).toBe('US$123,456,789,012,345.67');
  });

  it('pads small amounts and keeps the sign', () => {
    expect(formatMoneyMinor(5, 'EUR', en)).toBe('€0.05');
    expect(formatMoneyMinor(-1999, 'EUR', en)).toBe('-€19.99');
    expect(plain(formatMoneyMinor(-1999, 'EUR', nl))).toBe('€ -19,99');
  });

  it('respects currencies without minor digits', () => {
    expect(formatMoneyMinor(1500, 'JPY', en)).toBe('JP¥1,500');
  });

  it('refuses fractional minor units', () => {
    expect(() => formatMoneyMinor(1.5, 'EUR', en)).toThrow();
  });
});

describe('formatDateTime / formatDate', () => {
  const instant = '2025-03-12T14:05:00.000Z';

  it('uses the language for month names and order', () => {
    expect(formatDateTime(instant, en, 'UTC')).toBe('12 Mar 2025, 14:05');
    expect(formatDateTime(instant, nl, 'UTC')).toBe('12 mrt 2025, 14:05');
  });

  it('formats dates per language', () => {
    expect(formatDate(instant, en, 'UTC')).toBe('12 March 2025');
    expect(formatDate(instant, nl, 'UTC')).toBe('12 maart 2025');
  });

  it('shows the instant in the given time zone', () => {
    expect(formatDateTime(instant, nl, 'Europe/Amsterdam')).toBe('12 mrt 2025, 15:05');
  });
});
