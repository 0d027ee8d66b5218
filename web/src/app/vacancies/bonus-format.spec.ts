import { formatBonus } from './bonus-format';

describe('formatBonus', () => {
  it('leaves out cents on whole amounts', () => {
    expect(formatBonus(150_000, 'EUR', 'en-GB')).toBe('€1,500');
    expect(formatBonus(150_000, 'EUR', 'nl-NL')).toBe('€\u00a01.500');
  });

  it('shows cents when there are some', () => {
    expect(formatBonus(150_050, 'EUR', 'en-GB')).toBe('€1,500.50');
    expect(formatBonus(150_005, 'EUR', 'nl-NL')).toBe('€\u00a01.500,05');
  });

  it('writes other currencies in the UI language', () => {
    expect(formatBonus(200_000, 'GBP', 'en-GB')).toBe('£2,000');
    expect(formatBonus(1_000_000, 'SEK', 'nl-NL')).toBe('SEK\u00a010.000');
  });

  it('keeps large amounts exact', () => {
    expect(formatBonus(100_000_000, 'EUR', 'en-GB')).toBe('€1,000,000');
    expect(formatBonus(9_007_199_254_740_991, 'EUR', 'en-GB')).toBe('€90,071,992,547,409.91');
  });
});
