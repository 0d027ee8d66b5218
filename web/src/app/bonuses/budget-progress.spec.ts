import { budgetProgress } from './budget-progress';

describe('budgetProgress', () => {
  it('has nothing to show without a budget', () => {
    expect(budgetProgress({ budgetMinor: null, committedMinor: 50_000 })).toBeNull();
  });

  it('measures the committed amount against the budget', () => {
    expect(budgetProgress({ budgetMinor: 1_000_000, committedMinor: 250_000 })).toEqual({
      barPercent: 25,
      usedPercent: 25,
      over: false,
      remainingMinor: 750_000,
    });
  });

  it('rounds the share down, so a budget is only full when it is', () => {
    expect(budgetProgress({ budgetMinor: 300, committedMinor: 299 })?.usedPercent).toBe(99);
    expect(budgetProgress({ budgetMinor: 300, committedMinor: 300 })).toEqual({ barPercent: 100, usedPercent: 100, over: false, remainingMinor: 0 });
  });

  it('shows an overrun in full while the bar stops at 100', () => {
    expect(budgetProgress({ budgetMinor: 100_000, committedMinor: 150_000 })).toEqual({
      barPercent: 100,
      usedPercent: 150,
      over: true,
      remainingMinor: -50_000,
    });
  });

  it('treats a budget of zero as full once anything is committed', () => {
    expect(budgetProgress({ budgetMinor: 0, committedMinor: 0 })).toEqual({ barPercent: 0, usedPercent: 0, over: false, remainingMinor: 0 });
    expect(budgetProgress({ budgetMinor: 0, committedMinor: 1 })?.over).toBe(true);
  });
});
