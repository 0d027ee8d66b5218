import type { BonusPart, BonusState } from '@referrals/domain';

/** How a state chip looks; the colour only repeats what its text says. */
export type BonusStateTone = 'waiting' | 'decided' | 'done' | 'closed';

const TONES: Record<BonusState, BonusStateTone> = {
  pending_probation: 'waiting',
  eligible: 'waiting',
  approved: 'decided',
  exported: 'decided',
  paid: 'done',
  forfeited: 'closed',
  rejected: 'closed',
};

export function bonusStateTone(state: BonusState): BonusStateTone {
  return TONES[state];
}

/** The state as HR reads it in the queue. */
export function bonusStateKey(state: BonusState): string {
  return `bonuses.states.${state}`;
}

/** The state as the referrer reads it: what happens next, in their words ("Waiting for HR approval"). */
export function myBonusStateKey(state: BonusState): string {
  return `myBonuses.states.${state}`;
}

/** Whole, at hire, or after probation. */
export function bonusPartKey(part: BonusPart): string {
  return `bonuses.parts.${part}`;
}

/**
 * The date line of a referrer's bonus: when to expect the next step, or when it was paid; null when neither
 * applies. `date` is a calendar day, or the instant of payment (see `CalendarDatePipe`).
 */
export function myBonusDateLine(bonus: {
  state: BonusState;
  expectedOn: string | null;
  paidAt: string | null;
}): { key: string; date: string } | null {
  if (bonus.state === 'paid' && bonus.paidAt) return { key: 'myBonuses.paidOn', date: bonus.paidAt };
  if (bonus.state === 'pending_probation' && bonus.expectedOn) return { key: 'myBonuses.expectedOn', date: bonus.expectedOn };
  if (bonus.state === 'eligible' && bonus.expectedOn) return { key: 'myBonuses.eligibleSince', date: bonus.expectedOn };
  return null;
}
