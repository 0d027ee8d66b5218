import type { Locale } from '@referrals/contracts';
import type { EmailTransportKind } from '../entities/email-delivery.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: Locale;
  /** Stable per delivery, `<id@host>`: a repeat after a crash carries the same one. */
  messageId: string;
}

/**
 * Where rendered mail goes. `send` resolves once the mail is handed over (or kept) and rejects with the
 * transport's error otherwise; the worker decides from that error whether to try again.
 */
export abstract class MailTransport {
  abstract readonly kind: EmailTransportKind;
  abstract send(mail: OutgoingMail): Promise<void>;
  /** Lets go of connections at shutdown. */
  close(): void {
    // Nothing held by default.
  }
}
