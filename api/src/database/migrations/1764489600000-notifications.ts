import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications as a transactional outbox: the inbox entry and its pending mail are written in the
 * transaction of the event that causes them, and a worker delivers the mail afterwards. Delivery state lives
 * here, so a crash loses nothing, and the unique (recipient, key) keeps a repeated event from telling anyone
 * twice. Templates hold HR's edits only; the built-in texts live in code.
 */
export class Notifications1764489600000 implements MigrationInterface {
  name = 'Notifications1764489600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users (id),
        event text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        CONSTRAINT notifications_recipient_key UNIQUE (recipient_id, dedupe_key)
      )`);
    await db.query(`CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC, id)`);
    await db.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);

    await db.query(`
      CREATE TABLE email_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL UNIQUE REFERENCES notifications (id) ON DELETE CASCADE,
        to_address text NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        locked_until timestamptz,
        last_error text,
        language text,
        subject text,
        text_body text,
        html_body text,
        transport text CHECK (transport IN ('smtp', 'dev-mailbox')),
        sent_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX email_deliveries_due_idx ON email_deliveries (next_attempt_at) WHERE state = 'pending'`);
    await db.query(`CREATE INDEX email_deliveries_dev_mailbox_idx ON email_deliveries (sent_at DESC) WHERE transport = 'dev-mailbox'`);

    await db.query(`
      CREATE TABLE failing_email_addresses (
        address text PRIMARY KEY,
        reason text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE notification_templates (
        event text NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'nl')),
        subject text NOT NULL,
        body text NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (event, language)
      )`);

    await db.query(`ALTER TABLE users ADD COLUMN email_off text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN email_off`);
    await db.query(`DROP TABLE notification_templates`);
    await db.query(`DROP TABLE failing_email_addresses`);
    await db.query(`DROP TABLE email_deliveries`);
    await db.query(`DROP TABLE notifications`);
  }
}
