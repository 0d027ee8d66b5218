/**
 * A bonus's life (DOMAIN.md): pending probation → eligible (the scheduled job) → approved (HR) → exported
 * (one payroll batch) → paid (payroll's confirmation). Forfeited and rejected are the side exits.
 */
export const BONUS_STATES = ['pending_probation', 'eligible', 'approved', 'exported', 'paid', 'forfeited', 'rejected'] as const;
export type BonusState = (typeof BONUS_STATES)[number];

const NEXT_STATES: Record<BonusState, readonly BonusState[]> = {
  pending_probation: ['eligible', 'forfeited'],
  eligible: ['approved', 'rejected', 'forfeited'],
  approved: ['exported'],
  exported: ['paid'],
  paid: [],
  forfeited: [],
  rejected: [],
};

export function canMoveBonus(from: BonusState, to: BonusState): boolean {
  return NEXT_STATES[from].includes(to);
}

/** Until it is in a payroll batch, a bonus follows the credit: a dispute decision moves it to the new owner. */
export const BONUS_STATES_FOLLOWING_CREDIT: readonly BonusState[] = ['pending_probation', 'eligible', 'approved'];

/** Still to be earned: what a hire leaving during probation, or the referrer leaving, forfeits. */
export const FORFEITABLE_BONUS_STATES: readonly BonusState[] = ['pending_probation', 'eligible'];

/** Counted against a department's budget once HR approves. */
export const COMMITTED_BONUS_STATES: readonly BonusState[] = ['approved', 'exported', 'paid'];

/** The calendar quarter of a `YYYY-MM-DD` day, e.g. `2026-Q4`: budgets are per department and quarter. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The first and last day of a quarter like `2026-Q4`. */
export function quarterDays(quarter: string): { first: string; last: string } {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const firstMonth = (Number(match[2]) - 1) * 3;
  const first = new Date(Date.UTC(year, firstMonth, 1));
  const last = new Date(Date.UTC(year, firstMonth + 3, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

/** Whether approving `amountMinor` more keeps the department inside its budget (none set: no limit). */
export function fitsBudget(input: { budgetMinor: number | null; committedMinor: number; amountMinor: number }): boolean {
  return input.budgetMinor === null || input.committedMinor + input.amountMinor <= input.budgetMinor;
}
