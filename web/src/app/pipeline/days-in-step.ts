const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date of an instant where the user is, as days since 1970, so the count turns over at midnight. */
function localDayNumber(instant: Date, timeZone?: string): number {
  // en-CA writes dates as YYYY-MM-DD, which Date.UTC can take apart without locale surprises.
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant)
    .split('-')
    .map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * Whole calendar days a candidate has been in their step: 0 on the day they entered it, 1 from the next
 * midnight on. Counted in the user's time zone, as a recruiter reads "today" on their own calendar.
 */
export function daysInStep(stageEnteredAt: string, now: Date, timeZone?: string): number {
  const entered = new Date(stageEnteredAt);
  if (Number.isNaN(entered.getTime())) return 0;
  return Math.max(0, localDayNumber(now, timeZone) - localDayNumber(entered, timeZone));
}

/** The translation key for a day count; the texts take `count`. */
export function daysInStepKey(days: number): string {
  if (days === 0) return 'pipeline.days.today';
  return days === 1 ? 'pipeline.days.one' : 'pipeline.days.many';
}
