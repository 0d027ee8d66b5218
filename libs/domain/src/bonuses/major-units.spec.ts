import fc from 'fast-check';
import { minorToMajorText } from './major-units';

describe('minorToMajorText', () => {
  it('writes amounts with the currency’s decimals', () => {
    expect(minorToMajorText(150_000, 'EUR')).toBe('1500.00');
    expect(minorToMajorText(5, 'EUR')).toBe('0.05');
    expect(minorToMajorText(0, 'GBP')).toBe('0.00');
    expect(minorToMajorText(150_000, 'JPY')).toBe('150000');
    expect(minorToMajorText(1_234_567, 'KWD')).toBe('1234.567');
  });

  it('reads back to the same minor units for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (amountMinor) => {
        expect(minorToMajorText(amountMinor, 'EUR').replace('.', '')).toBe(String(amountMinor).padStart(3, '0'));
      }),
    );
  });
});
