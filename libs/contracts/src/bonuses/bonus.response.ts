import type { BonusPart, BonusState } from '@referrals/domain';
import type { PersonRef } from '../referrals/referral.response';

/** A bonus as HR works with it. */
export interface BonusResponse {
  id: string;
  version: number;
  state: BonusState;
  part: BonusPart;
  amountMinor: number;
  currency: string;
  /** When the part becomes (or became) eligible: the probation end, or the start date for a part at hire. */
  dueOn: string;
  beneficiary: PersonRef & { employeeId: string | null; department: string | null };
  /** The vacancy's department, whose budget the bonus counts against. */
  department: string;
  vacancy: { id: string; title: string };
  candidateName: string;
  hire: { id: string; applicationId: string; startDate: string; probationEndsOn: string; recordedBy: PersonRef | null };
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  decisionComment: string | null;
  budgetOverrideReason: string | null;
  batch: { id: string; number: number } | null;
  paidAt: string | null;
  forfeitReason: string | null;
  /** Whether the caller may approve or reject it: HR, eligible, and neither the referrer nor the recorder of the hire. */
  canDecide: boolean;
}

export interface MoneyTotal {
  currency: string;
  amountMinor: number;
  count: number;
}

export interface BonusListResponse {
  items: BonusResponse[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  /** Totals of everything the filter matches, not only this page, per currency. */
  totals: MoneyTotal[];
}

/** A bonus as its referrer sees it. */
export interface MyBonusResponse {
  id: string;
  state: BonusState;
  part: BonusPart;
  amountMinor: number;
  currency: string;
  candidateName: string;
  vacancyTitle: string;
  /** When the next step is expected: eligibility on the due day; null once paid or closed. */
  expectedOn: string | null;
  paidAt: string | null;
  /** Why it was rejected or forfeited. */
  reason: string | null;
}

export type BulkApproveOutcome =
  | { bonusId: string; outcome: 'approved' }
  | { bonusId: string; outcome: 'refused'; code: string; detail: string };

export interface BulkApproveResponse {
  results: BulkApproveOutcome[];
}

export interface BudgetResponse {
  department: string;
  quarter: string;
  budgetMinor: number | null;
  currency: string;
  /** Approved, exported and paid in this quarter (by approval date). */
  committedMinor: number;
  approvedMinor: number;
  paidMinor: number;
  /** Pending or eligible bonuses of the department falling due in the quarter: what may still come. */
  expectedMinor: number;
}

export interface PayrollBatchResponse {
  id: string;
  number: number;
  createdAt: string;
  createdBy: PersonRef | null;
  approvedUntil: string;
  bonusCount: number;
  paidCount: number;
  totals: MoneyTotal[];
}

export type ConfirmationProblem = 'invalid_id' | 'unknown' | 'not_in_batch' | 'already_paid' | 'repeated';

export interface ConfirmationReport {
  batchId: string;
  paid: string[];
  problems: { line: number; value: string; problem: ConfirmationProblem }[];
}
