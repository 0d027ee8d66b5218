import type { Locale } from '../auth/me.response';
import type { NotificationEvent } from './notification-events';

/** The state of outgoing mail for admins: what waits, what gave up, and where mail goes. */
export interface MailDeliverySummaryResponse {
  /** `dev-mailbox` when no SMTP server is configured: mail is kept for the development mailbox, not sent. */
  transport: 'smtp' | 'dev-mailbox';
  /** Mails waiting to be sent, including those waiting for another try. */
  pending: number;
  /** Of those, mails whose earlier tries failed. */
  retrying: number;
  /** Mails given up on: refused for good, or still failing after the last try. */
  failed: number;
  /** When the longest-waiting mail was written; null when none waits. */
  oldestPendingAt: string | null;
}

/** One kept mail in the development mailbox's list (the bodies come with the single mail). */
export interface DevMailboxEntryResponse {
  id: string;
  to: string;
  subject: string;
  event: NotificationEvent;
  language: Locale;
  sentAt: string;
}

/** Whether the development mailbox is there for this user (no SMTP configured, and theirs to read). */
export interface DevMailboxAvailabilityResponse {
  available: boolean;
}
