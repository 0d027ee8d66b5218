import { decisionProblemOf, summariseBulk } from './bonus-problem';

const problem = (code: string, extra: Record<string, unknown> = {}) => ({ type: 'about:blank', title: 'x', status: 422, code, ...extra });

describe('decision problems', () => {
  it('reads the budget figures of a budget_exceeded answer', () => {
    const body = problem('budget_exceeded', {
      department: 'Sales',
      quarter: '2026-Q4',
      budgetMinor: 100_000,
      committedMinor: 90_000,
      amountMinor: 20_000,
      currency: 'EUR',
    });
    expect(decisionProblemOf(body)).toEqual({
      kind: 'budget',
      budget: { department: 'Sales', quarter: '2026-Q4', budgetMinor: 100_000, committedMinor: 90_000, amountMinor: 20_000, currency: 'EUR' },
    });
  });

  it('still knows it is about the budget when the figures are missing', () => {
    expect(decisionProblemOf(problem('budget_exceeded'))).toEqual({ kind: 'budget', budget: null });
  });

  it('tells four eyes, a stale bonus and anything else apart by code', () => {
    expect(decisionProblemOf(problem('forbidden'))).toEqual({ kind: 'fourEyes' });
    expect(decisionProblemOf(problem('conflict'))).toEqual({ kind: 'stale' });
    expect(decisionProblemOf(problem('not_found'))).toEqual({ kind: 'stale' });
    expect(decisionProblemOf(problem('validation_failed'))).toEqual({ kind: 'other' });
    expect(decisionProblemOf('<html>Bad gateway</html>')).toEqual({ kind: 'other' });
  });
});

describe('summariseBulk', () => {
  it('counts approvals and keeps refusals over budget apart from the others', () => {
    expect(
      summariseBulk([
        { bonusId: 'a', outcome: 'approved' },
        { bonusId: 'b', outcome: 'refused', code: 'budget_exceeded', detail: 'over' },
        { bonusId: 'c', outcome: 'refused', code: 'forbidden', detail: 'own referral' },
        { bonusId: 'd', outcome: 'approved' },
      ]),
    ).toEqual({ approved: 2, overBudget: ['b'], refused: [{ bonusId: 'c', code: 'forbidden' }] });
  });
});
