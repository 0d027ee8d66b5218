import { formatDate } from '../core/i18n/locale-format';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date as people read it ("2 November 2026" / "2 november 2026"). A `YYYY-MM-DD` day is formatted in UTC,
 * so no time zone moves it to the day before; an ISO instant is shown as the day it is where the reader is.
 */
export function formatCalendarDate(value: string, locale: string): string {
  if (DAY.test(value)) return formatDate(`${value}T00:00:00.000Z`, locale, 'UTC');
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : formatDate(instant, locale);
}
