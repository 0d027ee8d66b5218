import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bonus lifecycle after a hire: split bonuses per vacancy, HR's decisions, each transition as an event,
 * quarterly department budgets, and payroll batches whose files are stored once so a download is always the
 * same file. The database keeps a bonus in at most one batch, and a bonus exported or paid always in one.
 */
export class BonusLifecycle1764403200000 implements MigrationInterface {
  name = 'BonusLifecycle1764403200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE vacancies ADD COLUMN bonus_at_hire_percent int NOT NULL DEFAULT 0
      CHECK (bonus_at_hire_percent BETWEEN 0 AND 100)`);

    await db.query(`
      CREATE TABLE payroll_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        approved_until date NOT NULL,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL,
        csv_file_id uuid NOT NULL REFERENCES stored_files (id),
        xlsx_file_id uuid NOT NULL REFERENCES stored_files (id),
        bonus_count int NOT NULL CHECK (bonus_count > 0),
        totals jsonb NOT NULL
      )`);

    await db.query(`
      ALTER TABLE bonuses
        ADD COLUMN decided_by uuid REFERENCES users (id),
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN decision_comment text,
        ADD COLUMN budget_override_reason text,
        ADD COLUMN batch_id uuid REFERENCES payroll_batches (id),
        ADD COLUMN paid_at timestamptz,
        ADD COLUMN forfeit_reason text,
        ADD CONSTRAINT bonuses_batch_matches_state CHECK ((state IN ('exported', 'paid')) = (batch_id IS NOT NULL))`);
    await db.query(`CREATE INDEX bonuses_batch_idx ON bonuses (batch_id) WHERE batch_id IS NOT NULL`);
    await db.query(`CREATE INDEX bonuses_committed_idx ON bonuses (department, decided_at) WHERE state IN ('approved', 'exported', 'paid')`);

    await db.query(`
      CREATE TABLE bonus_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        bonus_id uuid NOT NULL REFERENCES bonuses (id),
        -- Null when the scheduled eligibility job made the change.
        actor_id uuid REFERENCES users (id),
        from_state text,
        to_state text NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX bonus_events_bonus_idx ON bonus_events (bonus_id, sequence)`);

    await db.query(`
      CREATE TABLE department_budgets (
        department text NOT NULL,
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (department, quarter)
      )`);

    await db.query(`
      CREATE TABLE payroll_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES payroll_batches (id),
        file_id uuid REFERENCES stored_files (id),
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL,
        paid_count int NOT NULL,
        report jsonb NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE payroll_confirmations`);
    await db.query(`DROP TABLE department_budgets`);
    await db.query(`DROP TABLE bonus_events`);
    await db.query(`DROP INDEX bonuses_committed_idx`);
    await db.query(`DROP INDEX bonuses_batch_idx`);
    await db.query(`ALTER TABLE bonuses DROP CONSTRAINT bonuses_batch_matches_state, DROP COLUMN forfeit_reason, DROP COLUMN paid_at,
      DROP COLUMN batch_id, DROP COLUMN budget_override_reason, DROP COLUMN decision_comment, DROP COLUMN decided_at, DROP COLUMN decided_by`);
    await db.query(`DROP TABLE payroll_batches`);
    await db.query(`ALTER TABLE vacancies DROP COLUMN bonus_at_hire_percent`);
  }
}
