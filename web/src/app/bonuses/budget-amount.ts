import { currencyFractionDigits, formatMinorAsMajorInput, parseMajorAmountToMinor } from '../vacancies/bonus-amount';

/** The API's ceiling for one department's quarterly budget, in minor units. */
export const MAX_BUDGET_MINOR = 10_000_000_000;

/** What a budget field says: nothing (no budget, so no limit), an amount, or text that is no amount. */
export type BudgetInput = { kind: 'none' } | { kind: 'amount'; amountMinor: number } | { kind: 'invalid' } | { kind: 'tooLarge' };

/**
 * Reads a budget typed in major units ("25000", "25.000", "25000,50") as integer minor units of `currency`.
 * The digits are handled as text by the same parser as the vacancy's bonus, never multiplied as a float.
 */
export function parseBudgetInput(text: string, currency: string): BudgetInput {
  if (text.trim() === '') return { kind: 'none' };
  const amountMinor = parseMajorAmountToMinor(text, currencyFractionDigits(currency));
  if (amountMinor === null) return { kind: 'invalid' };
  return amountMinor > MAX_BUDGET_MINOR ? { kind: 'tooLarge' } : { kind: 'amount', amountMinor };
}

/** A budget as the text its field starts from: empty for no budget, "25000" or "25000,50" with a decimal comma. */
export function budgetInputValue(budgetMinor: number | null, currency: string, decimalSeparator: '.' | ','): string {
  return budgetMinor === null ? '' : formatMinorAsMajorInput(budgetMinor, currencyFractionDigits(currency), decimalSeparator);
}
