import type { Locale, NotificationEvent } from '@referrals/contracts';

/** One notification to put into words for one person. */
export interface RenderRequest {
  event: NotificationEvent;
  /** The stored values (codes, raw numbers); the renderer formats them for the language. */
  params: Record<string, unknown>;
  language: Locale;
  recipientName: string;
  /** A portal path (`/my-referrals/…`) or null. */
  link: string | null;
}

export interface RenderedNotification {
  subject: string;
  /** Plain text: the mail's text part and the inbox entry. */
  text: string;
  /** The mail's HTML part: values escaped, the Markdown of the template turned into safe HTML. */
  html: string;
}

/**
 * Turns notifications into text with the current templates (HR's edit, else the built-in text). Many at
 * once, so an inbox page or a batch of mails reads the templates in one query.
 */
export abstract class NotificationRenderer {
  abstract renderMany(requests: readonly RenderRequest[]): Promise<RenderedNotification[]>;
}
