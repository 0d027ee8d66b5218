import fc from 'fast-check';
import { hireBonusAmountMinor } from './hire-bonus';
import { atHireShareMinor, planBonusParts } from './bonus-parts';

const amountMinor = fc.integer({ min: 0, max: 100_000_000 });
const percent = fc.integer({ min: 0, max: 100 });
const dates = { startDate: '2027-01-04', probationEndsOn: '2027-03-04' };

describe('bonus parts', () => {
  it('always sum to the total, never negative, never a fraction of a minor unit', () => {
    fc.assert(
      fc.property(amountMinor, percent, (totalMinor, atHirePercent) => {
        const parts = planBonusParts({ totalMinor, atHirePercent, ...dates });
        expect(parts.reduce((sum, part) => sum + part.amountMinor, 0)).toBe(totalMinor);
        for (const part of parts) {
          expect(Number.isInteger(part.amountMinor)).toBe(true);
          expect(part.amountMinor).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('sums to the total with the tier extra added, whatever the hire number', () => {
    fc.assert(
      fc.property(amountMinor, percent, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 10 }), amountMinor, (base, atHirePercent, hireNumberInYear, tierExtraFromHireNumber, tierExtraAmountMinor) => {
        const totalMinor = hireBonusAmountMinor({ vacancyBonusMinor: base, hireNumberInYear, tierExtraFromHireNumber, tierExtraAmountMinor });
        expect(totalMinor).toBe(base + (hireNumberInYear >= tierExtraFromHireNumber ? tierExtraAmountMinor : 0));
        const parts = planBonusParts({ totalMinor, atHirePercent, ...dates });
        expect(parts.reduce((sum, part) => sum + part.amountMinor, 0)).toBe(totalMinor);
      }),
    );
  });

  it('never pays more at hire than the percentage allows', () => {
    fc.assert(
      fc.property(amountMinor, percent, (totalMinor, atHirePercent) => {
        const atHire = atHireShareMinor(totalMinor, atHirePercent);
        expect(atHire * 100).toBeLessThanOrEqual(totalMinor * atHirePercent);
        expect((atHire + 1) * 100).toBeGreaterThan(totalMinor * atHirePercent);
      }),
    );
  });

  it('pays the whole bonus after probation by default', () => {
    expect(planBonusParts({ totalMinor: 150_000, atHirePercent: 0, ...dates })).toEqual([{ part: 'whole', amountMinor: 150_000, dueOn: '2027-03-04' }]);
  });

  it('splits 25% at hire and 75% after probation, the odd cent after probation', () => {
    expect(planBonusParts({ totalMinor: 100_001, atHirePercent: 25, ...dates })).toEqual([
      { part: 'at_hire', amountMinor: 25_000, dueOn: '2027-01-04' },
      { part: 'after_probation', amountMinor: 75_001, dueOn: '2027-03-04' },
    ]);
  });

  it('pays everything at hire at 100%, and creates nothing for a zero bonus', () => {
    expect(planBonusParts({ totalMinor: 50_000, atHirePercent: 100, ...dates })).toEqual([{ part: 'at_hire', amountMinor: 50_000, dueOn: '2027-01-04' }]);
    expect(planBonusParts({ totalMinor: 0, atHirePercent: 25, ...dates })).toEqual([]);
  });

  it('refuses amounts and percentages that are not whole numbers in range', () => {
    expect(() => atHireShareMinor(10.5, 25)).toThrow(RangeError);
    expect(() => atHireShareMinor(-1, 25)).toThrow(RangeError);
    expect(() => atHireShareMinor(1000, 101)).toThrow(RangeError);
  });
});
