import { isProblemDetails } from '@referrals/contracts';
import type { BulkApproveOutcome } from '@referrals/contracts';

/** What a `budget_exceeded` answer says about the department's quarter; the override dialog shows it. */
export interface BudgetExceeded {
  readonly department: string;
  readonly quarter: string;
  /** Null cannot happen for an overrun, but the API's type allows it. */
  readonly budgetMinor: number | null;
  readonly committedMinor: number;
  readonly amountMinor: number;
  readonly currency: string;
}

/** How the API refused an approval, by problem code, never by text. */
export type DecisionProblem =
  | { readonly kind: 'budget'; readonly budget: BudgetExceeded | null }
  | { readonly kind: 'fourEyes' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'other' };

function budgetOf(body: Record<string, unknown>): BudgetExceeded | null {
  const { department, quarter, budgetMinor, committedMinor, amountMinor, currency } = body;
  const valid =
    typeof department === 'string' &&
    typeof quarter === 'string' &&
    (budgetMinor === null || typeof budgetMinor === 'number') &&
    typeof committedMinor === 'number' &&
    typeof amountMinor === 'number' &&
    typeof currency === 'string';
  return valid ? { department, quarter, budgetMinor, committedMinor, amountMinor, currency } : null;
}

export function decisionProblemOf(body: unknown): DecisionProblem {
  if (!isProblemDetails(body)) return { kind: 'other' };
  switch (body.code) {
    case 'budget_exceeded':
      return { kind: 'budget', budget: budgetOf(body as unknown as Record<string, unknown>) };
    case 'forbidden':
      return { kind: 'fourEyes' };
    case 'conflict':
    case 'not_found':
      return { kind: 'stale' };
    default:
      return { kind: 'other' };
  }
}

/** A bulk approval's answer, counted: approved, refused for the budget (which an override can fix), refused otherwise. */
export interface BulkSummary {
  readonly approved: number;
  readonly overBudget: string[];
  readonly refused: { bonusId: string; code: string }[];
}

export function summariseBulk(results: readonly BulkApproveOutcome[]): BulkSummary {
  const summary = { approved: 0, overBudget: [] as string[], refused: [] as { bonusId: string; code: string }[] };
  for (const result of results) {
    if (result.outcome === 'approved') summary.approved += 1;
    else if (result.code === 'budget_exceeded') summary.overBudget.push(result.bonusId);
    else summary.refused.push({ bonusId: result.bonusId, code: result.code });
  }
  return summary;
}
