import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates, their applications to vacancies, the referrals that brought them, the CV files, the programme
 * rules with their acceptances, and credit disputes. The database itself guards what a race could slip past
 * a check in code: one active application per candidate and vacancy, one candidate per email, one open
 * dispute per claimant and candidate.
 */
export class Referrals1764230400000 implements MigrationInterface {
  name = 'Referrals1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vacancy_recruiters (
        vacancy_id uuid NOT NULL REFERENCES vacancies (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (vacancy_id, user_id)
      )`);
    await db.query(`CREATE INDEX vacancy_recruiters_user_idx ON vacancy_recruiters (user_id)`);

    await db.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(btrim(email))),
        full_name text NOT NULL,
        phone_e164 text CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
        linkedin_url text,
        -- The claim on the candidate: the owning referrer since a date, or (holder null) a direct application.
        claim_holder_id uuid REFERENCES users (id),
        claim_referral_id uuid,
        claim_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX candidates_phone_idx ON candidates (phone_e164) WHERE phone_e164 IS NOT NULL`);

    await db.query(`
      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        vacancy_id uuid REFERENCES vacancies (id),
        source text NOT NULL CHECK (source IN ('referral', 'direct')),
        stage text NOT NULL DEFAULT 'new',
        stage_entered_at timestamptz NOT NULL,
        cv_file_id uuid REFERENCES stored_files (id),
        ended_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A candidate is in process at most once per vacancy (and once as a general referral).
    await db.query(`
      CREATE UNIQUE INDEX applications_active_per_vacancy_idx ON applications (candidate_id, vacancy_id)
        WHERE vacancy_id IS NOT NULL AND stage NOT IN ('rejected', 'withdrawn')`);
    await db.query(`
      CREATE UNIQUE INDEX applications_active_general_idx ON applications (candidate_id)
        WHERE vacancy_id IS NULL AND stage NOT IN ('rejected', 'withdrawn')`);
    await db.query(`CREATE INDEX applications_vacancy_stage_idx ON applications (vacancy_id, stage, stage_entered_at)`);
    await db.query(`CREATE INDEX applications_candidate_idx ON applications (candidate_id)`);

    await db.query(`
      CREATE TABLE application_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Orders events that share a timestamp (a pinned clock, or two moves in one millisecond).
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        application_id uuid NOT NULL REFERENCES applications (id),
        actor_id uuid REFERENCES users (id),
        from_stage text,
        to_stage text NOT NULL,
        reason text,
        occurred_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX application_events_application_idx ON application_events (application_id, sequence)`);

    await db.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        vacancy_id uuid REFERENCES vacancies (id),
        referrer_id uuid NOT NULL REFERENCES users (id),
        -- Who earns the credit (and any bonus); a credit-dispute decision may move it to someone else.
        credited_referrer_id uuid NOT NULL REFERENCES users (id),
        relationship text NOT NULL CHECK (relationship IN
          ('former_colleague', 'friend', 'family', 'fellow_student', 'professional_network', 'other')),
        motivation text NOT NULL,
        candidate_consent_confirmed boolean NOT NULL CHECK (candidate_consent_confirmed),
        channel text NOT NULL CHECK (channel IN ('form', 'email', 'linkedin', 'whatsapp', 'x', 'link')),
        no_bonus_reason text CHECK (no_bonus_reason IN ('hiring_manager_own_vacancy')),
        programme_version int,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX referrals_referrer_created_idx ON referrals (referrer_id, created_at DESC)`);
    await db.query(`CREATE INDEX referrals_credited_idx ON referrals (credited_referrer_id)`);
    await db.query(`CREATE INDEX referrals_candidate_idx ON referrals (candidate_id)`);
    await db.query(`CREATE INDEX referrals_vacancy_idx ON referrals (vacancy_id, created_at DESC)`);
    await db.query(`ALTER TABLE candidates ADD CONSTRAINT candidates_claim_referral_fk
      FOREIGN KEY (claim_referral_id) REFERENCES referrals (id)`);

    await db.query(`
      CREATE TABLE programme_versions (
        version int PRIMARY KEY CHECK (version > 0),
        rules_en text NOT NULL,
        faq_en text NOT NULL,
        rules_nl text,
        faq_nl text,
        change_summary text NOT NULL,
        published_by uuid REFERENCES users (id),
        published_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE programme_acceptances (
        user_id uuid NOT NULL REFERENCES users (id),
        version int NOT NULL REFERENCES programme_versions (version),
        accepted_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, version)
      )`);

    await db.query(`
      CREATE TABLE credit_disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claimant_id uuid NOT NULL REFERENCES users (id),
        candidate_id uuid NOT NULL REFERENCES candidates (id),
        vacancy_id uuid REFERENCES vacancies (id),
        -- The claim when the dispute was filed: the holding referral, or none for a direct application.
        holder_id uuid REFERENCES users (id),
        holder_referral_id uuid REFERENCES referrals (id),
        statement text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL,
        CHECK ((status = 'open') = (decided_at IS NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX credit_disputes_one_open_idx ON credit_disputes (claimant_id, candidate_id)
        WHERE status = 'open'`);
    await db.query(`CREATE INDEX credit_disputes_status_idx ON credit_disputes (status, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE credit_disputes`);
    await db.query(`DROP TABLE programme_acceptances`);
    await db.query(`DROP TABLE programme_versions`);
    await db.query(`ALTER TABLE candidates DROP CONSTRAINT candidates_claim_referral_fk`);
    await db.query(`DROP TABLE referrals`);
    await db.query(`DROP TABLE application_events`);
    await db.query(`DROP TABLE applications`);
    await db.query(`DROP TABLE candidates`);
    await db.query(`DROP TABLE stored_files`);
    await db.query(`DROP TABLE vacancy_recruiters`);
  }
}
