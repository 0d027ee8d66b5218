import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Vacancies1764144000000 implements MigrationInterface {
  name = 'Vacancies1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vacancies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        department text NOT NULL,
        location text NOT NULL,
        employment_type text NOT NULL
          CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'internship', 'temporary')),
        category text NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'open', 'on_hold', 'closed_filled', 'closed_cancelled')),
        hiring_manager_id uuid REFERENCES users (id),
        created_by uuid REFERENCES users (id),
        bonus_amount_minor bigint NOT NULL CHECK (bonus_amount_minor >= 0),
        bonus_currency char(3) NOT NULL CHECK (bonus_currency ~ '^[A-Z]{3}$'),
        probation_months int NOT NULL CHECK (probation_months BETWEEN 0 AND 12),
        public_apply boolean NOT NULL DEFAULT false,
        opened_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Vacancies are written in English or Dutch, so both stemmers index the text: "ontwikkelaars" finds
        -- "ontwikkelaar", "developers" finds "developer".
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('dutch', title), 'A') ||
          setweight(to_tsvector('simple', category || ' ' || department || ' ' || location), 'B') ||
          setweight(to_tsvector('english', description), 'C') ||
          setweight(to_tsvector('dutch', description), 'C')
        ) STORED
      )`);
    await db.query(`CREATE INDEX vacancies_search_idx ON vacancies USING gin (search)`);
    await db.query(`CREATE INDEX vacancies_status_opened_idx ON vacancies (status, opened_at DESC, id)`);
    await db.query(`CREATE INDEX vacancies_hiring_manager_idx ON vacancies (hiring_manager_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vacancies`);
  }
}
