import { BONUS_STATES, canMoveBonus, fitsBudget, quarterDays, quarterOf } from './bonus-lifecycle';

describe('bonus lifecycle', () => {
  it.each([
    ['pending_probation', 'eligible'],
    ['pending_probation', 'forfeited'],
    ['eligible', 'approved'],
    ['eligible', 'rejected'],
    ['eligible', 'forfeited'],
    ['approved', 'exported'],
    ['exported', 'paid'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canMoveBonus(from, to)).toBe(true);
  });

  it('allows nothing else: no approval before eligibility, no second payment, no way back', () => {
    const allowed = new Set(['pending_probation>eligible', 'pending_probation>forfeited', 'eligible>approved', 'eligible>rejected', 'eligible>forfeited', 'approved>exported', 'exported>paid']);
    for (const from of BONUS_STATES) {
      for (const to of BONUS_STATES) expect(canMoveBonus(from, to)).toBe(allowed.has(`${from}>${to}`));
    }
  });
});

describe('quarters and budgets', () => {
  it('puts a day in its quarter and knows the quarter’s days', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-11-25', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4', '2026-Q4']);
    expect(quarterDays('2028-Q1')).toEqual({ first: '2028-01-01', last: '2028-03-31' });
    expect(quarterDays('2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(() => quarterDays('2026-Q5')).toThrow(RangeError);
  });

  it('fits a bonus up to the budget exactly, and any bonus without a budget', () => {
    expect(fitsBudget({ budgetMinor: 300_000, committedMinor: 150_000, amountMinor: 150_000 })).toBe(true);
    expect(fitsBudget({ budgetMinor: 300_000, committedMinor: 150_001, amountMinor: 150_000 })).toBe(false);
    expect(fitsBudget({ budgetMinor: null, committedMinor: 10_000_000, amountMinor: 150_000 })).toBe(true);
  });
});
