import type { BonusListResponse, BonusResponse, BudgetResponse, PayrollBatchResponse } from '@referrals/contracts';

/** Test data shaped exactly as the API answers. */
export function bonus(overrides: Partial<BonusResponse> = {}): BonusResponse {
  return {
    id: 'b-1',
    version: 2,
    state: 'eligible',
    part: 'whole',
    amountMinor: 150_000,
    currency: 'EUR',
    dueOn: '2026-11-02',
    beneficiary: { id: 'u-emma', displayName: 'Emma de Vries', employeeId: 'E1001', department: 'Engineering' },
    department: 'Engineering',
    vacancy: { id: 'v-1', title: 'Backend developer' },
    candidateName: 'Jan Peeters',
    hire: { id: 'h-1', applicationId: 'a-1', startDate: '2026-09-02', probationEndsOn: '2026-11-02', recordedBy: { id: 'u-sophie', displayName: 'Sophie Bakker' } },
    decidedBy: null,
    decidedAt: null,
    decisionComment: null,
    budgetOverrideReason: null,
    batch: null,
    paidAt: null,
    forfeitReason: null,
    canDecide: true,
    ...overrides,
  };
}

export function bonusList(items: BonusResponse[], overrides: Partial<BonusListResponse> = {}): BonusListResponse {
  const amountMinor = items.reduce((sum, item) => sum + item.amountMinor, 0);
  return {
    items,
    page: 1,
    pageSize: 25,
    hasMore: false,
    totals: items.length > 0 ? [{ currency: 'EUR', amountMinor, count: items.length }] : [],
    ...overrides,
  };
}

export function budget(overrides: Partial<BudgetResponse> = {}): BudgetResponse {
  return {
    department: 'Engineering',
    quarter: '2026-Q4',
    budgetMinor: 1_000_000,
    currency: 'EUR',
    committedMinor: 250_000,
    approvedMinor: 100_000,
    paidMinor: 50_000,
    expectedMinor: 300_000,
    ...overrides,
  };
}

export function payrollBatch(overrides: Partial<PayrollBatchResponse> = {}): PayrollBatchResponse {
  return {
    id: 'pb-1',
    number: 7,
    createdAt: '2026-11-20T10:00:00.000Z',
    createdBy: { id: 'u-anna', displayName: 'Anna Smit' },
    approvedUntil: '2026-11-20',
    bonusCount: 3,
    paidCount: 1,
    totals: [{ currency: 'EUR', amountMinor: 450_000, count: 3 }],
    ...overrides,
  };
}
