import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A mail as the SMTP server received it, parsed the way a mail client would. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** With angle brackets, e.g. `<id@portal.test>`. */
  messageId: string;
  /** The Content-Language header, or null. */
  language: string | null;
}

/**
 * A real SMTP server process-local to the test (the `smtp-server` package, which speaks the protocol as a
 * mail server does), on a free port. It can be stopped and started again on the same port, and can refuse
 * chosen recipients for good (550), as a mail server refuses an unknown mailbox.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private readonly refused = new Map<string, string>();
  private server: SMTPServer | null = null;

  private constructor(private portNumber: number) {}

  static async start(): Promise<SmtpTestServer> {
    const server = new SmtpTestServer(0);
    await server.startAgain();
    return server;
  }

  get port(): number {
    return this.portNumber;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.portNumber}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** RCPT TO this address is answered with a permanent 550 from now on. */
  refuseRecipient(address: string, reply = '5.1.1 Mailbox does not exist'): void {
    this.refused.set(address.toLowerCase(), reply);
  }

  acceptRecipient(address: string): void {
    this.refused.delete(address.toLowerCase());
  }

  /** Mail received for one recipient. */
  mailTo(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /** Starts listening again, on the port it had before (a free one the first time). */
  async startAgain(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      // Plain SMTP on localhost: no STARTTLS upgrade with a self-signed certificate to trip over.
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 200,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const reply = this.refused.get(address.address.toLowerCase());
        if (reply === undefined) return callback();
        callback(Object.assign(new Error(reply), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const language = parsed.headers.get('content-language');
            this.received.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              language: typeof language === 'string' ? language : null,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.portNumber, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.portNumber = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops listening: connections are refused until `startAgain`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
