import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Locale } from '@referrals/contracts';
import { CLOCK, type Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SettingsService } from '../../settings/settings.service';
import { OUTBOX_CHANNEL } from '../notification-outbox.service';
import { PgListener } from '../pg-listener.service';
import { NotificationRenderer } from '../templates/notification-renderer';
import { nextAttemptAfter } from './delivery-backoff';
import { affectsWholeBatch, classifySendFailure, type DeliveryFailure } from './delivery-failure';
import { type ClaimedDelivery, EmailDeliveryRepository, type RenderedMail } from './email-delivery.repository';
import { MailTransport } from './mail-transport';
import { deliveryMessageId } from './message-id';

/** How long a claimed mail is ours: far beyond one send (SMTP timeouts are seconds), short after a crash. */
const LEASE_MS = 2 * 60_000;
/** A batch stops sending this long before its lease ends and hands the rest back. */
const LEASE_MARGIN_MS = 30_000;
const BATCH_SIZE = 20;

export interface DeliveryRound {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the mail the outbox wrote. A round claims due mails (lease and try counted, committed), renders
 * them, hands each to the transport and records the outcome.
 *
 * Exactly-once where it can be: a mail is claimed by one worker at a time, and marked sent only while still
 * pending. The one gap is between the SMTP server accepting a mail and our commit of `sent`: a crash there
 * sends it again once the lease has run out - at least once, not exactly once. The repeat carries the same
 * Message-ID (`<delivery-id@portal-host>`), so mail systems and people can tell it for a repeat.
 *
 * Runs on its own loop when jobs are enabled: every `MAIL_POLL_SECONDS`, and at once when the outbox
 * signals new mail on commit. Tests switch jobs off and call `deliverDue` themselves.
 */
@Injectable()
export class EmailDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EmailDeliveryWorker.name);
  private readonly messageHost: string;
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private wokenEarly = false;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly deliveries: EmailDeliveryRepository,
    private readonly renderer: NotificationRenderer,
    private readonly transport: MailTransport,
    private readonly settings: SettingsService,
    private readonly listener: PgListener,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.messageHost = config.publicUrl;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    try {
      this.stopListening = await this.listener.listen(OUTBOX_CHANNEL, () => this.wake());
    } catch (error) {
      // Without the signal the poll still finds new mail, only later.
      this.logger.warn({ err: error }, 'mail worker could not listen for new mail; polling only');
    }
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then stops; what is left stays pending for the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopListening?.();
    this.wake();
    await this.loop;
    this.transport.close();
  }

  /** One round: claims up to a batch of due mails and tries each once. */
  async deliverDue(): Promise<DeliveryRound> {
    const round: DeliveryRound = { sent: 0, retried: 0, failed: 0 };
    const claimedAt = this.clock.now();
    const leaseEnd = claimedAt.getTime() + LEASE_MS;
    const claimed = await this.deliveries.claimDue(claimedAt, new Date(leaseEnd), BATCH_SIZE);
    if (claimed.length === 0) return round;

    let rendered: RenderedMail[];
    try {
      rendered = await this.render(claimed);
    } catch (error) {
      // A template that cannot be rendered now might be fixed by HR; the mails wait for that.
      this.logger.error({ err: error, deliveries: claimed.length }, 'could not render mail; will try again');
      const failure: DeliveryFailure = { kind: 'temporary', reason: 'rendering failed', code: null };
      for (const delivery of claimed) this.count(round, await this.retryOrGiveUp(delivery, failure, null));
      return round;
    }

    for (let index = 0; index < claimed.length; index++) {
      const delivery = claimed[index];
      const mail = rendered[index];
      if (this.clock.now().getTime() > leaseEnd - LEASE_MARGIN_MS) {
        // A slow server ate the lease; another worker may claim these soon, so they must not be sent here.
        await this.deliveries.releaseUntried(claimed.slice(index).map((rest) => rest.id));
        break;
      }
      try {
        await this.transport.send({
          to: delivery.toAddress,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          language: mail.language,
          messageId: deliveryMessageId(delivery.id, this.messageHost),
        });
      } catch (error) {
        const failure = classifySendFailure(error);
        if (failure.kind === 'recipient_refused') {
          this.logger.warn({ delivery: delivery.id, code: failure.code }, 'mail server refused the recipient for good');
          if (await this.deliveries.markRecipientRefused(delivery.id, delivery.toAddress, failure.reason, this.clock.now(), mail)) {
            round.failed++;
          }
          continue;
        }
        this.count(round, await this.retryOrGiveUp(delivery, failure, mail));
        if (affectsWholeBatch(failure)) {
          // The server is unreachable: the rest would only wait for the same timeout. Same verdict for all.
          for (let rest = index + 1; rest < claimed.length; rest++) {
            this.count(round, await this.retryOrGiveUp(claimed[rest], failure, rendered[rest]));
          }
          break;
        }
        continue;
      }
      if (await this.deliveries.markSent(delivery.id, this.clock.now(), this.transport.kind, mail)) round.sent++;
    }
    return round;
  }

  private async render(claimed: ClaimedDelivery[]): Promise<RenderedMail[]> {
    const companyLanguage = (await this.settings.get('companyLanguage')) as Locale;
    const languages = claimed.map((delivery) => delivery.recipientLocale ?? companyLanguage);
    const texts = await this.renderer.renderMany(
      claimed.map((delivery, index) => ({
        event: delivery.event,
        params: delivery.params,
        language: languages[index],
        recipientName: delivery.recipientName,
        link: delivery.link,
      })),
    );
    return texts.map((text, index) => ({ language: languages[index], subject: text.subject, text: text.text, html: text.html }));
  }

  private async retryOrGiveUp(
    delivery: ClaimedDelivery,
    failure: DeliveryFailure,
    mail: RenderedMail | null,
  ): Promise<'retried' | 'failed' | null> {
    const next = nextAttemptAfter(delivery.attempts, this.clock.now());
    // Codes only: the server's answer may name the address, which stays out of the logs.
    this.logger.warn({ delivery: delivery.id, attempt: delivery.attempts, code: failure.code }, next ? 'mail not sent; will try again' : 'mail not sent; giving up');
    if (next) return (await this.deliveries.scheduleRetry(delivery.id, next, failure.reason, mail)) ? 'retried' : null;
    return (await this.deliveries.markFailed(delivery.id, failure.reason, mail)) ? 'failed' : null;
  }

  private count(round: DeliveryRound, outcome: 'retried' | 'failed' | null): void {
    if (outcome) round[outcome]++;
  }

  private wake(): void {
    this.wokenEarly = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.wokenEarly = false;
      try {
        // Full batches mean more is due: go on at once.
        let round: DeliveryRound;
        do {
          round = await this.deliverDue();
        } while (!this.stopping && round.sent + round.retried + round.failed >= BATCH_SIZE);
      } catch (error) {
        this.logger.error({ err: error }, 'mail delivery round failed');
      }
      if (this.stopping || this.wokenEarly) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.config.mail.pollSeconds * 1000);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
