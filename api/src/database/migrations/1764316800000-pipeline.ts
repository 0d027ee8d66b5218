import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BUILT_IN_REJECT_REASONS } from '@referrals/contracts';
import { DEFAULT_STEPS } from '@referrals/domain';

const DEFAULT_STEPS_JSON = JSON.stringify(DEFAULT_STEPS);

/** English labels of the built-in reject reasons, for exports and logs; the screens translate by code. */
const REJECT_REASON_LABELS: Record<(typeof BUILT_IN_REJECT_REASONS)[number], string> = {
  skills_mismatch: 'Skills do not match',
  insufficient_experience: 'Not enough experience',
  salary_expectations: 'Salary expectations',
  not_available: 'Not available in time',
  position_filled: 'Position filled',
  other: 'Other',
};

/**
 * The recruiter pipeline: step templates and each vacancy's own copy of its steps, reject reasons, the step
 * an application is in (besides the stage the referrer sees), notes, hires and the bonus a hire creates.
 * The database guards what a race could slip past: one hire per application, one bonus per hire and part.
 */
export class Pipeline1764316800000 implements MigrationInterface {
  name = 'Pipeline1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stage_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
        built_in boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX stage_templates_one_built_in_idx ON stage_templates (built_in) WHERE built_in`);
    await db.query(`INSERT INTO stage_templates (name, steps, built_in) VALUES ('Standard', $1, true)`, [DEFAULT_STEPS_JSON]);

    // A vacancy keeps its own copy of the steps: editing or adding templates never moves running candidates.
    await db.query(`ALTER TABLE vacancies ADD COLUMN stage_template_id uuid REFERENCES stage_templates (id)`);
    await db.query(`ALTER TABLE vacancies ADD COLUMN steps jsonb NOT NULL DEFAULT '${DEFAULT_STEPS_JSON}'::jsonb`);

    await db.query(`
      CREATE TABLE reject_reasons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text UNIQUE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const code of BUILT_IN_REJECT_REASONS) {
      await db.query(`INSERT INTO reject_reasons (code, label) VALUES ($1, $2)`, [code, REJECT_REASON_LABELS[code]]);
    }

    // `stage` stays what the referrer's status and the analytics read; `step` is where the card sits on the board.
    await db.query(`ALTER TABLE applications ADD COLUMN step text NOT NULL DEFAULT 'new'`);
    await db.query(`UPDATE applications SET step = stage`);
    await db.query(`ALTER TABLE applications ADD COLUMN assigned_recruiter_id uuid REFERENCES users (id)`);
    await db.query(`ALTER TABLE applications ADD COLUMN stale_since timestamptz`);
    await db.query(`ALTER TABLE applications ADD CONSTRAINT applications_stage_check
      CHECK (stage IN ('new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'))`);
    await db.query(`DROP INDEX applications_vacancy_stage_idx`);
    // The board reads each column in step order, oldest first, straight from this index.
    await db.query(`CREATE INDEX applications_board_idx ON applications (vacancy_id, step, stage_entered_at, id)`);
    await db.query(`CREATE INDEX applications_recruiter_idx ON applications (assigned_recruiter_id, stage_entered_at)
      WHERE assigned_recruiter_id IS NOT NULL`);
    await db.query(`CREATE INDEX applications_open_idx ON applications (stage_entered_at, id) WHERE ended_at IS NULL`);
    await db.query(`CREATE INDEX applications_stale_idx ON applications (stale_since) WHERE stale_since IS NOT NULL`);

    await db.query(`ALTER TABLE application_events ADD COLUMN from_step text`);
    await db.query(`ALTER TABLE application_events ADD COLUMN to_step text`);
    await db.query(`ALTER TABLE application_events ADD COLUMN reject_reason_id uuid REFERENCES reject_reasons (id)`);
    await db.query(`UPDATE application_events SET from_step = from_stage, to_step = to_stage`);
    await db.query(`ALTER TABLE application_events ALTER COLUMN to_step SET NOT NULL`);

    await db.query(`
      CREATE TABLE application_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications (id),
        author_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('note', 'feedback')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX application_notes_application_idx ON application_notes (application_id, created_at)`);

    await db.query(`
      CREATE TABLE hires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        vacancy_id uuid NOT NULL REFERENCES vacancies (id),
        referral_id uuid REFERENCES referrals (id),
        start_date date NOT NULL,
        probation_ends_on date NOT NULL CHECK (probation_ends_on >= start_date),
        no_bonus_reason text,
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL,
        left_on date,
        left_reason text,
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX hires_vacancy_idx ON hires (vacancy_id)`);

    await db.query(`
      CREATE TABLE bonuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        hire_id uuid NOT NULL REFERENCES hires (id),
        referral_id uuid NOT NULL REFERENCES referrals (id),
        -- The credited referrer when the bonus was created; a credit-dispute decision may move it before export.
        beneficiary_id uuid NOT NULL REFERENCES users (id),
        vacancy_id uuid NOT NULL REFERENCES vacancies (id),
        department text NOT NULL,
        part text NOT NULL DEFAULT 'whole' CHECK (part IN ('whole', 'at_hire', 'after_probation')),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        state text NOT NULL DEFAULT 'pending_probation'
          CHECK (state IN ('pending_probation', 'eligible', 'approved', 'exported', 'paid', 'forfeited', 'rejected')),
        due_on date NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (hire_id, part)
      )`);
    await db.query(`CREATE INDEX bonuses_beneficiary_idx ON bonuses (beneficiary_id, created_at DESC)`);
    await db.query(`CREATE INDEX bonuses_state_due_idx ON bonuses (state, due_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bonuses`);
    await db.query(`DROP TABLE hires`);
    await db.query(`DROP TABLE application_notes`);
    await db.query(`ALTER TABLE application_events DROP COLUMN reject_reason_id, DROP COLUMN to_step, DROP COLUMN from_step`);
    await db.query(`DROP INDEX applications_stale_idx`);
    await db.query(`DROP INDEX applications_open_idx`);
    await db.query(`DROP INDEX applications_recruiter_idx`);
    await db.query(`DROP INDEX applications_board_idx`);
    await db.query(`CREATE INDEX applications_vacancy_stage_idx ON applications (vacancy_id, stage, stage_entered_at)`);
    await db.query(`ALTER TABLE applications DROP CONSTRAINT applications_stage_check`);
    await db.query(`ALTER TABLE applications DROP COLUMN stale_since, DROP COLUMN assigned_recruiter_id, DROP COLUMN step`);
    await db.query(`DROP TABLE reject_reasons`);
    await db.query(`ALTER TABLE vacancies DROP COLUMN steps, DROP COLUMN stage_template_id`);
    await db.query(`DROP TABLE stage_templates`);
  }
}
