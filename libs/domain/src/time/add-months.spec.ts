import { addMonths } from './add-months';

describe('addMonths', () => {
  it.each([
    ['2026-01-15T10:00:00Z', 12, '2027-01-15T10:00:00.000Z'],
    ['2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2028-01-31T00:00:00Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2026-11-30T23:59:59Z', 2, '2027-01-30T23:59:59.000Z'],
    ['2026-03-31T08:00:00Z', -1, '2026-02-28T08:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });
});
