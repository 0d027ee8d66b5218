import type { Locale } from '../auth/me.response';
import type { NotificationEvent } from './notification-events';

/** One entry of a person's inbox, rendered in their language. */
export interface NotificationResponse {
  id: string;
  event: NotificationEvent;
  title: string;
  body: string;
  /** The portal page it is about, e.g. `/my-referrals/<id>`; null when there is none. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCountResponse {
  unread: number;
}

/** What the server-sent event stream pushes whenever the inbox changes. */
export interface NotificationStreamMessage {
  unread: number;
}

export interface NotificationPreferencesResponse {
  language: Locale;
  /** Events whose mails the person switched off; essential ones are never in it. */
  emailOff: NotificationEvent[];
}

export interface NotificationTemplateResponse {
  event: NotificationEvent;
  language: Locale;
  subject: string;
  body: string;
  /** False while the built-in text is used; HR's edit makes it true until reset. */
  customised: boolean;
  /** For the optimistic lock on save; 0 for the built-in text. */
  version: number;
  placeholders: string[];
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
}

export interface NotificationTemplatePreviewResponse {
  subject: string;
  text: string;
  html: string;
}

/** An address mail to it could not be delivered to for good (the server refused it); shown to admins. */
export interface FailingEmailAddressResponse {
  address: string;
  reason: string;
  failedAt: string;
  user: { id: string; displayName: string } | null;
}

export interface DevMailboxMessageResponse {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  event: NotificationEvent;
  language: Locale;
  sentAt: string;
}
