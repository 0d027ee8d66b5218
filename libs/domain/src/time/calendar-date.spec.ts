import { addMonthsToCalendarDate, calendarDateIn, isCalendarDate } from './calendar-date';

describe('calendar dates', () => {
  it('knows real days from look-alikes', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('1-2-2026')).toBe(false);
  });

  it('ends a probation on the same day months later, or the month end', () => {
    expect(addMonthsToCalendarDate('2026-12-01', 2)).toBe('2027-02-01');
    expect(addMonthsToCalendarDate('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonthsToCalendarDate('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonthsToCalendarDate('2026-12-01', 0)).toBe('2026-12-01');
  });

  it('tells the day in the company time zone, not in UTC', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(calendarDateIn('UTC', lateEvening)).toBe('2026-12-31');
    expect(calendarDateIn('Europe/Amsterdam', lateEvening)).toBe('2027-01-01');
  });
});
