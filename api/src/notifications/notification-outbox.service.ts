import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isEssentialNotification, type NotificationEvent } from '@referrals/contracts';
import { CLOCK, type Clock } from '../common/clock';

/** Something to tell people about. */
export interface Notice {
  event: NotificationEvent;
  /** Values for the template, as codes and raw numbers (formatted per language when rendered). */
  params: Record<string, unknown>;
  /** The portal page the notification opens, or null. */
  link: string | null;
  /** The cause's identity: the same key never reaches the same person twice, however often it is written. */
  key: string;
}

/** Postgres channels: inbox changes (recipient ids, or `*` for many) and new mail for the delivery worker. */
export const INBOX_CHANNEL = 'notifications_changed';
export const OUTBOX_CHANNEL = 'email_outbox';

/** Beyond this many recipients the inbox signal says "everyone", staying under NOTIFY's payload limit. */
const MAX_NAMED_RECIPIENTS = 150;

/**
 * Writes notifications into the caller's transaction: the inbox entry and, unless the person switched that
 * mail off or their address is failing, a pending mail. Both exist exactly when the event committed; the
 * NOTIFY signals are delivered by PostgreSQL on commit too, and dropped on rollback.
 */
@Injectable()
export class NotificationOutbox {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  /** Returns how many people were newly notified (a repeated key counts nobody). */
  async notify(manager: EntityManager, notice: Notice, recipientIds: readonly (string | null)[]): Promise<number> {
    const ids = [...new Set(recipientIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return 0;
    const now = this.clock.now();
    const rows: { recipients: string[] | null; mails: number }[] = await manager.query(
      `WITH recipients AS (
         SELECT id, email, email_off FROM users WHERE id = ANY($1::uuid[]) AND active
       ), inserted AS (
         INSERT INTO notifications (recipient_id, event, params, link, dedupe_key, created_at)
         SELECT id, $2, $3::jsonb, $4, $5, $6 FROM recipients
         ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
         RETURNING id, recipient_id
       ), mails AS (
         INSERT INTO email_deliveries (notification_id, to_address, next_attempt_at, created_at)
         SELECT i.id, r.email, $6, $6 FROM inserted i JOIN recipients r ON r.id = i.recipient_id
         WHERE ($7 OR NOT $2 = ANY(r.email_off))
           AND NOT EXISTS (SELECT 1 FROM failing_email_addresses f WHERE f.address = r.email)
         RETURNING id
       )
       SELECT (SELECT array_agg(recipient_id) FROM inserted) AS recipients, (SELECT count(*) FROM mails)::int AS mails`,
      [ids, notice.event, JSON.stringify(notice.params), notice.link, notice.key, now, isEssentialNotification(notice.event)],
    );
    const notified = rows[0]?.recipients ?? [];
    if (notified.length > 0) {
      const payload = notified.length > MAX_NAMED_RECIPIENTS ? '*' : notified.join(',');
      await manager.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANNEL, payload]);
    }
    if ((rows[0]?.mails ?? 0) > 0) await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return notified.length;
  }

  /** Everyone still with the company, e.g. for new programme rules. */
  async notifyEveryone(manager: EntityManager, notice: Notice): Promise<number> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE active`);
    return this.notify(manager, notice, rows.map((row) => row.id));
  }
}
