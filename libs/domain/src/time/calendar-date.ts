import { addMonths } from './add-months';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real `YYYY-MM-DD` day (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Calendar months added to a day, clamped to the month's end (31 Jan + 1 month = 28/29 Feb): a probation of
 * two months from 31 December ends on the last day of February.
 */
export function addMonthsToCalendarDate(day: string, months: number): string {
  if (!isCalendarDate(day)) throw new RangeError(`Not a calendar date: ${day}`);
  return addMonths(new Date(`${day}T00:00:00Z`), months).toISOString().slice(0, 10);
}

/** The day it is at `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function calendarDateIn(timeZone: string, instant: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
