import type { Locale, NotificationEvent } from '@referrals/contracts';
import { minorToMajorText, type ReferrerStatus } from '@referrals/domain';
import { LIST_ITEM_PLACEHOLDERS, placeholdersOf } from './template-scope';

/** Who reads it and where the portal lives; the rest comes from the notification's stored values. */
export interface ViewContext {
  language: Locale;
  recipientName: string;
  /** A portal path such as `/my-referrals/…`, or null. */
  link: string | null;
  /** The portal's address without a trailing slash. */
  publicUrl: string;
}

export type ViewValue = string | number | ViewItem[];
export type ViewItem = Record<string, string | number>;
export type NotificationView = Record<string, ViewValue>;

/** Placeholders whose value is a URL the portal built (kept linkable rather than escaped as text). */
export const URL_PLACEHOLDERS: ReadonlySet<string> = new Set(['link', 'portalUrl']);

const STATUS_LABELS: Record<Locale, Record<ReferrerStatus, string>> = {
  en: {
    submitted: 'Submitted',
    in_review: 'In review',
    interviewing: 'Interviewing',
    offer: 'Offer',
    hired: 'Hired',
    not_selected: 'Not selected',
    withdrawn: 'Withdrawn',
  },
  nl: {
    submitted: 'Verstuurd',
    in_review: 'In behandeling',
    interviewing: 'In gesprek',
    offer: 'Aanbod gedaan',
    hired: 'Aangenomen',
    not_selected: 'Niet geselecteerd',
    withdrawn: 'Ingetrokken',
  },
};

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL' };

/**
 * The values a template sees, in the reader's language: status codes as words, money and dates formatted,
 * the link absolute. Every placeholder of the event is present (empty when the notification has no value),
 * so a template's `{{#if}}` decides and the strict renderer never meets a missing name.
 */
export function notificationView(event: NotificationEvent, params: Record<string, unknown>, context: ViewContext): NotificationView {
  const view: NotificationView = {};
  const placeholders = placeholdersOf(event);
  const lists = placeholders.filter((name) => name in LIST_ITEM_PLACEHOLDERS);
  const itemOnly = new Set(lists.flatMap((list) => LIST_ITEM_PLACEHOLDERS[list]));
  for (const name of placeholders) {
    if (lists.includes(name)) view[name] = listValue(name, params[name], context.language);
    else if (!itemOnly.has(name)) view[name] = value(name, params, context.language);
  }
  view['recipientName'] = context.recipientName;
  view['portalUrl'] = context.publicUrl;
  view['link'] = context.link ? absoluteLink(context.publicUrl, context.link) : '';
  return view;
}

function value(name: string, params: Record<string, unknown>, language: Locale): string | number {
  switch (name) {
    case 'status':
      return statusLabel(params['status'], language);
    case 'bonusAmount':
      return formatMoney(params['bonusAmountMinor'], params['bonusCurrency'], language);
    case 'startDate':
    case 'paidOn':
      return formatCalendarDay(params[name], language);
    default:
      return plain(params[name]);
  }
}

function listValue(name: string, raw: unknown, language: Locale): ViewItem[] {
  if (!Array.isArray(raw)) return [];
  const names = LIST_ITEM_PLACEHOLDERS[name] ?? [];
  return raw.map((item: unknown) => {
    const record = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    return Object.fromEntries(names.map((field) => [field, value(field, record, language)]));
  });
}

function plain(raw: unknown): string | number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : '';
  if (typeof raw === 'string') return raw;
  return '';
}

export function statusLabel(code: unknown, language: Locale): string {
  return typeof code === 'string' && Object.hasOwn(STATUS_LABELS[language], code) ? STATUS_LABELS[language][code as ReferrerStatus] : '';
}

/** Minor units in the reader's notation, e.g. 150000 EUR → "€1,500.00" (en) or "€ 1.500,00" (nl). */
export function formatMoney(amountMinor: unknown, currency: unknown, language: Locale): string {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor) || typeof currency !== 'string') return '';
  try {
    // The exact decimal string, not a float division, so no amount is ever rounded by a cent.
    const major = minorToMajorText(amountMinor, currency) as unknown as number;
    return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency }).format(major);
  } catch {
    return ''; // not a currency Intl knows
  }
}

/** A calendar day `YYYY-MM-DD` written out, e.g. "1 March 2026" / "1 maart 2026". */
export function formatCalendarDay(day: unknown, language: Locale): string {
  if (typeof day !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The portal's address plus a page of it; anything not a portal path is dropped. */
export function absoluteLink(publicUrl: string, path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${publicUrl}${path}` : '';
}
