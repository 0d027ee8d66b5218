import { formatDateOnly, parseDateOnly, probationEndHint } from './date-only';

describe('parseDateOnly', () => {
  it('reads real calendar dates only', () => {
    expect(parseDateOnly('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(parseDateOnly('2026-02-30')).toBeNull();
    expect(parseDateOnly('28-02-2026')).toBeNull();
    expect(parseDateOnly('')).toBeNull();
  });
});

describe('probationEndHint', () => {
  it('adds the probation months to the start date', () => {
    expect(probationEndHint('2026-03-01', 2)).toBe('2026-05-01');
    expect(probationEndHint('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('ends a month-end start on the last day of a shorter month', () => {
    expect(probationEndHint('2026-01-31', 1)).toBe('2026-02-28');
    expect(probationEndHint('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('ends probation on the start date for a vacancy without one, and gives no hint for a half-typed date', () => {
    expect(probationEndHint('2026-03-01', 0)).toBe('2026-03-01');
    expect(probationEndHint('2026-03', 2)).toBeNull();
  });
});

describe('formatDateOnly', () => {
  it('writes the date in the language without shifting its day', () => {
    expect(formatDateOnly('2026-02-28', 'en-GB')).toBe('28 February 2026');
    expect(formatDateOnly('2026-02-28', 'nl-NL')).toBe('28 februari 2026');
  });
});
