import { MailTransport } from './mail-transport';

/**
 * Without an SMTP server (the default for `npm start`) mail goes nowhere: the worker stores the rendered
 * mail on its delivery row, which is what the development mailbox page shows. So sending is already done.
 */
export class DevMailboxTransport extends MailTransport {
  readonly kind = 'dev-mailbox' as const;

  async send(): Promise<void> {
    // Kept by the worker's own write of the row.
  }
}
