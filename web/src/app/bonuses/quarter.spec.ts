import { isQuarter, quarterOfDate, quarterParts, shiftQuarter } from './quarter';

describe('quarters', () => {
  it('steps to the next and previous quarter across years', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', 1)).toBe('2026-Q3');
    expect(shiftQuarter('2026-Q2', -5)).toBe('2025-Q1');
  });

  it('knows the quarter of a day', () => {
    expect(quarterOfDate(new Date(2026, 9, 31))).toBe('2026-Q4');
    expect(quarterOfDate(new Date(2026, 0, 1))).toBe('2026-Q1');
  });

  it('accepts only quarters written as the API writes them', () => {
    expect(isQuarter('2026-Q4')).toBe(true);
    expect(isQuarter('2026-Q5')).toBe(false);
    expect(isQuarter('Q4-2026')).toBe(false);
    expect(isQuarter(null)).toBe(false);
    expect(() => shiftQuarter('soon', 1)).toThrow(RangeError);
  });

  it('splits a quarter for its label', () => {
    expect(quarterParts('2026-Q4')).toEqual({ year: 2026, number: 4 });
  });
});
