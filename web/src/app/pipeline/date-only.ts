import { addMonthsToCalendarDate, isCalendarDate } from '@referrals/domain';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date as the UTC midnight it names, or null when it is no real date (2025-02-30). */
export function parseDateOnly(value: string): Date | null {
  const match = DATE_ONLY.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * The probation end the API will record for a start date: start + the vacancy's probation months, clamped
 * to the month's end, by the domain's own rule. Shown as a hint only; the API computes the real one.
 */
export function probationEndHint(startDate: string, probationMonths: number): string | null {
  if (!isCalendarDate(startDate) || !Number.isInteger(probationMonths) || probationMonths < 0) return null;
  return addMonthsToCalendarDate(startDate, probationMonths);
}

/** A calendar date without a time, e.g. "28 February 2026"; formatted in UTC so no time zone shifts its day. */
export function formatDateOnly(value: string, locale: string): string {
  const date = parseDateOnly(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : value;
}
