import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, NotificationEvent } from '@referrals/contracts';
import type { PageWindow } from '../../common/paging';
import type { EmailTransportKind } from '../entities/email-delivery.entity';

/** A delivery the worker holds the lease of, with what it needs to put the mail into words. */
export interface ClaimedDelivery {
  id: string;
  toAddress: string;
  /** Tries so far, this one included. */
  attempts: number;
  event: NotificationEvent;
  params: Record<string, unknown>;
  link: string | null;
  recipientLocale: Locale | null;
  recipientName: string;
}

export interface RenderedMail {
  language: Locale;
  subject: string;
  text: string;
  html: string;
}

export interface FailingAddressRow {
  address: string;
  reason: string;
  failedAt: Date;
  userId: string | null;
  displayName: string | null;
}

export interface DeliveryCounts {
  pending: number;
  retrying: number;
  failed: number;
  oldestPendingAt: Date | null;
}

export interface DevMailboxRow {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  event: NotificationEvent;
  language: Locale;
  sentAt: Date;
}

/**
 * The mail outbox's queries. Every state change after the claim is guarded by `state = 'pending'`, so an
 * outcome written late (after another worker took over an expired lease) never overwrites a final state.
 */
@Injectable()
export class EmailDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes up to `limit` due mails in one statement and commits: a lease until `leaseUntil` and one more
   * try counted. SKIP LOCKED lets several workers claim side by side; the lease keeps a row from a second
   * worker while the first sends, and lets it go by itself if that worker dies.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM email_deliveries
         WHERE state = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
         ORDER BY next_attempt_at, id
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE email_deliveries d SET locked_until = $2, attempts = d.attempts + 1
         FROM due WHERE d.id = due.id
         RETURNING d.id, d.to_address, d.attempts, d.notification_id, d.next_attempt_at
       )
       SELECT c.id, c.to_address, c.attempts, n.event, n.params, n.link, u.locale, u.display_name
       FROM claimed c
       JOIN notifications n ON n.id = c.notification_id
       JOIN users u ON u.id = n.recipient_id
       ORDER BY c.next_attempt_at, c.id`,
      [now, leaseUntil, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      toAddress: row.to_address,
      attempts: row.attempts,
      event: row.event,
      params: row.params ?? {},
      link: row.link,
      recipientLocale: row.locale,
      recipientName: row.display_name,
    }));
  }

  /** Done: the server took it (or the development mailbox keeps it). False when it was no longer pending. */
  async markSent(id: string, now: Date, transport: EmailTransportKind, mail: RenderedMail): Promise<boolean> {
    return this.affected(
      `UPDATE email_deliveries
       SET state = 'sent', sent_at = $2, transport = $3, locked_until = NULL, last_error = NULL,
           language = $4, subject = $5, text_body = $6, html_body = $7
       WHERE id = $1 AND state = 'pending'`,
      [id, now, transport, mail.language, mail.subject, mail.text, mail.html],
    );
  }

  /** Another try at `nextAttemptAt`; the lease ends now, so nothing waits for it to run out. */
  async scheduleRetry(id: string, nextAttemptAt: Date, error: string, mail: RenderedMail | null): Promise<boolean> {
    return this.affected(
      `UPDATE email_deliveries
       SET next_attempt_at = $2, locked_until = NULL, last_error = $3,
           language = COALESCE($4, language), subject = COALESCE($5, subject),
           text_body = COALESCE($6, text_body), html_body = COALESCE($7, html_body)
       WHERE id = $1 AND state = 'pending'`,
      [id, nextAttemptAt, error, mail?.language ?? null, mail?.subject ?? null, mail?.text ?? null, mail?.html ?? null],
    );
  }

  /** Given up on this mail. */
  async markFailed(id: string, error: string, mail: RenderedMail | null): Promise<boolean> {
    return this.affected(
      `UPDATE email_deliveries
       SET state = 'failed', locked_until = NULL, last_error = $2,
           language = COALESCE($3, language), subject = COALESCE($4, subject),
           text_body = COALESCE($5, text_body), html_body = COALESCE($6, html_body)
       WHERE id = $1 AND state = 'pending'`,
      [id, error, mail?.language ?? null, mail?.subject ?? null, mail?.text ?? null, mail?.html ?? null],
    );
  }

  /** The server refused the recipient for good: this mail fails, and the address takes no new mail. */
  async markRecipientRefused(id: string, address: string, reason: string, now: Date, mail: RenderedMail): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE email_deliveries
         SET state = 'failed', locked_until = NULL, last_error = $2,
             language = $3, subject = $4, text_body = $5, html_body = $6
         WHERE id = $1 AND state = 'pending'`,
        [id, reason, mail.language, mail.subject, mail.text, mail.html],
      );
      if (count === 0) return false;
      await manager.query(
        `INSERT INTO failing_email_addresses (address, reason, failed_at) VALUES ($1, $2, $3)
         ON CONFLICT (address) DO UPDATE SET reason = EXCLUDED.reason, failed_at = EXCLUDED.failed_at`,
        [address, reason, now],
      );
      return true;
    });
  }

  /** Hands back leases not used (a batch cut short), undoing the try they counted. */
  async releaseUntried(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE email_deliveries SET locked_until = NULL, attempts = attempts - 1
       WHERE id = ANY($1::uuid[]) AND state = 'pending'`,
      [ids],
    );
  }

  /** Newest first, with the person the address belongs to, when it is someone's. */
  failingAddresses(): Promise<FailingAddressRow[]> {
    return this.dataSource
      .query(
        `SELECT f.address, f.reason, f.failed_at, u.id AS user_id, u.display_name
         FROM failing_email_addresses f LEFT JOIN users u ON u.email = f.address
         ORDER BY f.failed_at DESC, f.address`,
      )
      .then((rows: FailingAddressDbRow[]) =>
        rows.map((row) => ({
          address: row.address,
          reason: row.reason,
          failedAt: row.failed_at,
          userId: row.user_id,
          displayName: row.display_name,
        })),
      );
  }

  /** Removes an address from the failing list; null when it was not on it. */
  async clearFailingAddress(
    manager: EntityManager,
    address: string,
  ): Promise<{ address: string; reason: string; failedAt: Date } | null> {
    const [rows]: [{ address: string; reason: string; failed_at: Date }[], number] = await manager.query(
      `DELETE FROM failing_email_addresses WHERE address = $1 RETURNING address, reason, failed_at`,
      [address],
    );
    const row = rows[0];
    return row ? { address: row.address, reason: row.reason, failedAt: row.failed_at } : null;
  }

  async counts(): Promise<DeliveryCounts> {
    const [row]: { pending: number; retrying: number; failed: number; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending,
              count(*) FILTER (WHERE state = 'pending' AND last_error IS NOT NULL)::int AS retrying,
              count(*) FILTER (WHERE state = 'failed')::int AS failed,
              min(created_at) FILTER (WHERE state = 'pending') AS oldest
       FROM email_deliveries WHERE state IN ('pending', 'failed')`,
    );
    return { pending: row.pending, retrying: row.retrying, failed: row.failed, oldestPendingAt: row.oldest };
  }

  /** The development mailbox, newest first (one statement on its partial index). */
  async devMailboxPage(window: PageWindow): Promise<Omit<DevMailboxRow, 'textBody' | 'htmlBody'>[]> {
    const rows: DevMailboxDbRow[] = await this.dataSource.query(
      `SELECT d.id, d.to_address, d.subject, d.language, d.sent_at, n.event
       FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.transport = 'dev-mailbox'
       ORDER BY d.sent_at DESC, d.id DESC
       OFFSET $1 LIMIT $2`,
      [window.offset, window.fetch],
    );
    return rows.map((row) => ({
      id: row.id,
      toAddress: row.to_address,
      subject: row.subject,
      event: row.event,
      language: row.language,
      sentAt: row.sent_at,
    }));
  }

  async devMailboxMessage(id: string): Promise<DevMailboxRow | null> {
    const rows: DevMailboxDbRow[] = await this.dataSource.query(
      `SELECT d.id, d.to_address, d.subject, d.text_body, d.html_body, d.language, d.sent_at, n.event
       FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.id = $1 AND d.transport = 'dev-mailbox'`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      toAddress: row.to_address,
      subject: row.subject,
      textBody: row.text_body ?? '',
      htmlBody: row.html_body ?? '',
      event: row.event,
      language: row.language,
      sentAt: row.sent_at,
    };
  }

  private async affected(sql: string, parameters: unknown[]): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(sql, parameters);
    return count > 0;
  }
}

interface ClaimedRow {
  id: string;
  to_address: string;
  attempts: number;
  event: NotificationEvent;
  params: Record<string, unknown> | null;
  link: string | null;
  locale: Locale | null;
  display_name: string;
}

interface FailingAddressDbRow {
  address: string;
  reason: string;
  failed_at: Date;
  user_id: string | null;
  display_name: string | null;
}

interface DevMailboxDbRow {
  id: string;
  to_address: string;
  subject: string;
  text_body?: string | null;
  html_body?: string | null;
  language: Locale;
  sent_at: Date;
  event: NotificationEvent;
}
