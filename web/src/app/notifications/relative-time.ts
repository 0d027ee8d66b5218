import { formatDate } from '../core/i18n/locale-format';

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;
const WEEK_S = 7 * DAY_S;

/**
 * How long ago an instant was, in words: "just now", "5 minutes ago", "yesterday", "3 weeks ago" ("nu",
 * "5 minuten geleden", "gisteren"…). Past four weeks the date itself says more than "2 months ago".
 */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const then = new Date(iso);
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const ago = Math.abs(seconds);
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < 45) return words.format(0, 'second');
  if (ago < 45 * MINUTE_S) return words.format(Math.round(seconds / MINUTE_S), 'minute');
  if (ago < 22 * HOUR_S) return words.format(Math.round(seconds / HOUR_S), 'hour');
  if (ago < 6 * DAY_S) return words.format(Math.round(seconds / DAY_S), 'day');
  if (ago < 4 * WEEK_S) return words.format(Math.round(seconds / WEEK_S), 'week');
  return formatDate(then, locale);
}
