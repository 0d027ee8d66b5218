import { budgetInputValue, MAX_BUDGET_MINOR, parseBudgetInput } from './budget-amount';

describe('budget amount input', () => {
  it('reads an empty field as no budget', () => {
    expect(parseBudgetInput('  ', 'EUR')).toEqual({ kind: 'none' });
  });

  it('turns major units into whole minor units without float rounding', () => {
    expect(parseBudgetInput('25000', 'EUR')).toEqual({ kind: 'amount', amountMinor: 2_500_000 });
    expect(parseBudgetInput('0,29', 'EUR')).toEqual({ kind: 'amount', amountMinor: 29 });
    expect(parseBudgetInput('1.234,56', 'EUR')).toEqual({ kind: 'amount', amountMinor: 123_456 });
    expect(parseBudgetInput('1,234.56', 'EUR')).toEqual({ kind: 'amount', amountMinor: 123_456 });
    expect(parseBudgetInput('25 000', 'EUR')).toEqual({ kind: 'amount', amountMinor: 2_500_000 });
    expect(parseBudgetInput('0', 'EUR')).toEqual({ kind: 'amount', amountMinor: 0 });
  });

  it('follows the currency’s minor digits', () => {
    expect(parseBudgetInput('1500', 'JPY')).toEqual({ kind: 'amount', amountMinor: 1500 });
    expect(parseBudgetInput('1500,5', 'JPY')).toEqual({ kind: 'invalid' });
  });

  it('refuses text that is no amount, negatives and too many decimals', () => {
    expect(parseBudgetInput('lots', 'EUR')).toEqual({ kind: 'invalid' });
    expect(parseBudgetInput('-100', 'EUR')).toEqual({ kind: 'invalid' });
    expect(parseBudgetInput('10,123', 'EUR')).toEqual({ kind: 'amount', amountMinor: 1_012_300 }); // grouping, not decimals
    expect(parseBudgetInput('10.1234', 'EUR')).toEqual({ kind: 'invalid' });
  });

  it('refuses more than the API accepts', () => {
    expect(parseBudgetInput('100000000', 'EUR')).toEqual({ kind: 'amount', amountMinor: MAX_BUDGET_MINOR });
    expect(parseBudgetInput('100000000,01', 'EUR')).toEqual({ kind: 'tooLarge' });
  });

  it('starts the field from the saved budget in the language’s decimal sign', () => {
    expect(budgetInputValue(null, 'EUR', ',')).toBe('');
    expect(budgetInputValue(2_500_000, 'EUR', ',')).toBe('25000');
    expect(budgetInputValue(2_500_050, 'EUR', ',')).toBe('25000,50');
    expect(budgetInputValue(2_500_050, 'EUR', '.')).toBe('25000.50');
  });
});
