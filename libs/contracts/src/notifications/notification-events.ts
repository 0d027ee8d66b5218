import type { Locale } from '../auth/me.response';

/**
 * Everything the portal tells people about. Each event has one template per language; `essential` mails
 * (money and the rules people are bound by) cannot be switched off, the others can, per event.
 */
export const NOTIFICATION_EVENTS = [
  'referral_received',
  'candidate_referred',
  'referral_status_changed',
  'referral_hired',
  'bonus_eligible',
  'bonus_approved',
  'bonus_paid',
  'approvals_waiting',
  'stale_candidates',
  'programme_updated',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const ESSENTIAL_NOTIFICATION_EVENTS: readonly NotificationEvent[] = ['bonus_approved', 'bonus_paid', 'programme_updated'];

export function isEssentialNotification(event: NotificationEvent): boolean {
  return ESSENTIAL_NOTIFICATION_EVENTS.includes(event);
}

/**
 * The placeholders a template of each event may use (`{{name}}`; lists with `{{#each}}`). Every event also
 * gets `recipientName`, `link` (the page the notification opens) and `portalUrl`.
 */
export const NOTIFICATION_PLACEHOLDERS: Record<NotificationEvent, readonly string[]> = {
  referral_received: ['candidateName', 'vacancyTitle'],
  candidate_referred: ['candidateName', 'vacancyTitle', 'referrerName'],
  referral_status_changed: ['candidateName', 'vacancyTitle', 'status'],
  referral_hired: ['candidateName', 'vacancyTitle', 'startDate', 'bonusAmount'],
  bonus_eligible: ['candidateName', 'vacancyTitle', 'bonusAmount'],
  bonus_approved: ['candidateName', 'vacancyTitle', 'bonusAmount'],
  bonus_paid: ['candidateName', 'vacancyTitle', 'bonusAmount', 'paidOn'],
  approvals_waiting: ['count', 'oldestWaitingDays'],
  /** `candidates` is a list: `{{#each candidates}}{{candidateName}} – {{vacancyTitle}} ({{waitingDays}}){{/each}}`. */
  stale_candidates: ['count', 'candidates', 'candidateName', 'vacancyTitle', 'waitingDays'],
  programme_updated: ['version', 'changeSummary'],
};

export const COMMON_NOTIFICATION_PLACEHOLDERS = ['recipientName', 'link', 'portalUrl'] as const;

export type NotificationLanguage = Locale;
