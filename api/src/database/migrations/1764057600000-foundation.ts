import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764057600000 implements MigrationInterface {
  name = 'Foundation1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        employee_id text,
        department text,
        groups text[] NOT NULL DEFAULT '{}',
        roles text[] NOT NULL DEFAULT '{employee}',
        locale text CHECK (locale IN ('en', 'nl')),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)))
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await db.query(`
      CREATE TABLE group_role_mappings (
        group_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('employee', 'recruiter', 'hiring_manager', 'hr', 'admin')),
        PRIMARY KEY (group_name, role)
      )`);
    // Defaults that match the development IdP's groups; admins replace them with their own IdP's groups.
    await db.query(`
      INSERT INTO group_role_mappings (group_name, role) VALUES
        ('referrals-recruiters', 'recruiter'),
        ('referrals-hiring-managers', 'hiring_manager'),
        ('referrals-hr', 'hr'),
        ('referrals-admins', 'admin')`);

    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await db.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id)`);
    await db.query(`CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at)`);
    // The audit trail must be trustworthy even against the application's own bugs: the database refuses to
    // change or remove what was written.
    await db.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    await db.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES users (id)
      )`);

    await db.query(`
      CREATE TABLE saml_requests (
        id text PRIMARY KEY,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX saml_requests_expires_at_idx ON saml_requests (expires_at)`);
    await db.query(`
      CREATE TABLE saml_consumed_assertions (
        assertion_id text PRIMARY KEY,
        consumed_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX saml_consumed_assertions_expires_at_idx ON saml_consumed_assertions (expires_at)`);

    // The table connect-pg-simple expects for express-session.
    await db.query(`
      CREATE TABLE user_sessions (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await db.query(`CREATE INDEX user_sessions_expire_idx ON user_sessions (expire)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_sessions`);
    await db.query(`DROP TABLE saml_consumed_assertions`);
    await db.query(`DROP TABLE saml_requests`);
    await db.query(`DROP TABLE settings`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_refuse_change()`);
    await db.query(`DROP TABLE group_role_mappings`);
    await db.query(`DROP TABLE users`);
  }
}
