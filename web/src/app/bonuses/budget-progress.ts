/** How much of a department's quarterly budget the approved bonuses use. */
export interface BudgetProgress {
  /** For the bar: 0–100. */
  readonly barPercent: number;
  /** The real share, rounded down; past 100 when over budget. */
  readonly usedPercent: number;
  readonly over: boolean;
  /** What is left; negative when over. */
  readonly remainingMinor: number;
}

/** Null without a budget: there is nothing to measure against. Integer arithmetic on minor units only. */
export function budgetProgress(budget: { budgetMinor: number | null; committedMinor: number }): BudgetProgress | null {
  const { budgetMinor, committedMinor } = budget;
  if (budgetMinor === null) return null;
  const usedPercent = budgetMinor === 0 ? (committedMinor > 0 ? 100 : 0) : Math.floor((committedMinor * 100) / budgetMinor);
  return {
    barPercent: Math.min(100, Math.max(0, usedPercent)),
    usedPercent,
    over: committedMinor > budgetMinor,
    remainingMinor: budgetMinor - committedMinor,
  };
}
