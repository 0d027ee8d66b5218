import { formatCalendarDate } from './calendar-date';

describe('formatCalendarDate', () => {
  it('shows a calendar day as that day in any time zone', () => {
    expect(formatCalendarDate('2026-11-02', 'en-GB')).toBe('2 November 2026');
    expect(formatCalendarDate('2026-11-02', 'nl-NL')).toBe('2 november 2026');
  });

  it('shows an instant as a day', () => {
    expect(formatCalendarDate('2026-12-01T10:00:00.000Z', 'en-GB')).toBe('1 December 2026');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatCalendarDate('soon', 'en-GB')).toBe('soon');
  });
});
