/** How a hire's bonus is paid: whole after probation by default, or a share at hire and the rest after. */
export type BonusPart = 'whole' | 'at_hire' | 'after_probation';

export interface BonusPartPlan {
  part: BonusPart;
  amountMinor: number;
  /** The day the part becomes eligible: the start date for the part at hire, the probation end otherwise. */
  dueOn: string;
}

/**
 * The share paid at hire, in minor units: rounded down, so the part after probation (the one that can still
 * be forfeited) takes any odd cent, and the two always sum to the total.
 */
export function atHireShareMinor(totalMinor: number, atHirePercent: number): number {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) throw new RangeError(`Not an amount in minor units: ${totalMinor}`);
  if (!Number.isInteger(atHirePercent) || atHirePercent < 0 || atHirePercent > 100) throw new RangeError(`Not a percentage: ${atHirePercent}`);
  // Integer arithmetic only: total * percent stays far below 2^53 for any real bonus.
  return Math.floor((totalMinor * atHirePercent) / 100);
}

/** The parts of a bonus of `totalMinor`; parts of zero are left out, so a split never creates an empty payment. */
export function planBonusParts(input: { totalMinor: number; atHirePercent: number; startDate: string; probationEndsOn: string }): BonusPartPlan[] {
  const atHire = atHireShareMinor(input.totalMinor, input.atHirePercent);
  const afterProbation = input.totalMinor - atHire;
  if (atHire === 0) return afterProbation > 0 ? [{ part: 'whole', amountMinor: afterProbation, dueOn: input.probationEndsOn }] : [];
  const parts: BonusPartPlan[] = [{ part: 'at_hire', amountMinor: atHire, dueOn: input.startDate }];
  if (afterProbation > 0) parts.push({ part: 'after_probation', amountMinor: afterProbation, dueOn: input.probationEndsOn });
  return parts;
}
