import type { Pool, PoolClient } from 'pg';
import { BOARD_CARDS_PER_COLUMN } from '../libs/contracts/src/pipeline/pipeline-values';
import { END_STATES } from '../libs/domain/src/pipeline/stages';

/**
 * The very SQL the API runs for each benchmarked request, in the same order and with the same parallelism,
 * for the floor server (a bare node:http + pg server that does nothing else). Captured with
 * bench/capture-sql.ts, which turns on `log_statement = 'all'` on a seeded cluster and sends one request of
 * each endpoint through the built API; statements are copied from that log (TypeORM's generated SELECTs
 * rebuilt by `entitySelect` so they match character for character). Re-capture after changing a query.
 */

/** TypeORM's `findOne` SELECT text: `"Alias"."col" AS "Alias_col", …`. */
function entitySelect(alias: string, table: string, columns: readonly string[]): string {
  return `SELECT ${columns.map((c) => `"${alias}"."${c}" AS "${alias}_${c}"`).join(', ')} FROM "${table}" "${alias}"`;
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'employee_id', 'department', 'groups', 'roles', 'locale', 'email_off', 'active', 'last_login_at', 'created_at', 'updated_at'];
const VACANCY_COLUMNS = ['id', 'title', 'department', 'location', 'employment_type', 'category', 'description', 'status', 'hiring_manager_id', 'created_by',
  'bonus_amount_minor', 'bonus_currency', 'bonus_at_hire_percent', 'probation_months', 'stage_template_id', 'steps', 'public_apply', 'opened_at', 'closed_at',
  'version', 'created_at', 'updated_at'];
/** What the vacancy search selects (not the description), as the vacancies repository writes it. */
const VACANCY_SUMMARY_COLUMNS = `v.id, v.title, v.department, v.location, v.employment_type AS "employmentType", v.category, v.status,
  v.bonus_amount_minor::float8 AS "bonusAmountMinor", v.bonus_currency AS "bonusCurrency", v.opened_at AS "openedAt"`;
const APPLICATION_COLUMNS = ['id', 'candidate_id', 'vacancy_id', 'source', 'stage', 'step', 'stage_entered_at', 'cv_file_id', 'ended_at', 'assigned_recruiter_id',
  'stale_since', 'version', 'created_at', 'updated_at'];
const CANDIDATE_COLUMNS = ['id', 'email', 'full_name', 'phone_e164', 'linkedin_url', 'claim_holder_id', 'claim_referral_id', 'claim_since', 'created_at', 'updated_at'];
const REFERRAL_COLUMNS = ['id', 'application_id', 'candidate_id', 'vacancy_id', 'referrer_id', 'credited_referrer_id', 'relationship', 'motivation',
  'candidate_consent_confirmed', 'channel', 'no_bonus_reason', 'programme_version', 'created_at'];
const HIRE_COLUMNS = ['id', 'application_id', 'candidate_id', 'vacancy_id', 'referral_id', 'start_date', 'probation_ends_on', 'no_bonus_reason', 'recorded_by',
  'recorded_at', 'left_on', 'left_reason', 'version'];

/** The applications repository's card columns and the joins that name them. */
const CARD_COLUMNS = `
  a.id, a.version, a.step, a.stage, a.stage_entered_at AS "stageEnteredAt", a.stale_since AS "staleSince",
  c.full_name AS "candidateName", r.credited_referrer_id AS "referrerId", referrer.display_name AS "referrerName",
  a.assigned_recruiter_id AS "recruiterId", recruiter.display_name AS "recruiterName",
  a.vacancy_id AS "vacancyId", v.title AS "vacancyTitle"`;
const CARD_JOINS = `
  JOIN candidates c ON c.id = a.candidate_id
  LEFT JOIN referrals r ON r.application_id = a.id
  LEFT JOIN users referrer ON referrer.id = r.credited_referrer_id
  LEFT JOIN users recruiter ON recruiter.id = a.assigned_recruiter_id
  LEFT JOIN vacancies v ON v.id = a.vacancy_id`;

export const SQL = {
  session: `SELECT sess FROM "user_sessions" WHERE sid = $1 AND expire >= to_timestamp($2)`,
  /** The session gate marks activity on every request (idle limit), so express-session writes the whole session back. */
  saveSession: `INSERT INTO "user_sessions" (sess, expire, sid) SELECT $1, to_timestamp($2), $3 ON CONFLICT (sid) DO UPDATE SET sess=$1, expire=to_timestamp($2) RETURNING sid`,
  userById: `${entitySelect('UserEntity', 'users', USER_COLUMNS)} WHERE (("UserEntity"."id" = $1)) LIMIT 1`,
  usersByIds: (n: number) => `${entitySelect('UserEntity', 'users', USER_COLUMNS)} WHERE (("UserEntity"."id" IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')})))`,
  vacancyById: `${entitySelect('VacancyEntity', 'vacancies', VACANCY_COLUMNS)} WHERE (("VacancyEntity"."id" = $1)) LIMIT 1`,

  vacancySearch: `SELECT ${VACANCY_SUMMARY_COLUMNS} FROM vacancies v
        WHERE v.status = $1 AND v.search @@ (websearch_to_tsquery('english', $2) || websearch_to_tsquery('dutch', $2))
        ORDER BY ts_rank(v.search, (websearch_to_tsquery('english', $2) || websearch_to_tsquery('dutch', $2))) DESC, v.opened_at DESC NULLS LAST, v.id ASC
        LIMIT $3 OFFSET $4`,

  selectReferral: (source = 'referrals') => `
  SELECT r.id, r.application_id AS "applicationId", r.candidate_id AS "candidateId", r.referrer_id AS "referrerId", u.display_name AS "referrerName",
         r.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", v.hiring_manager_id AS "vacancyHiringManagerId",
         c.full_name AS "candidateName", c.email AS "candidateEmail", c.phone_e164 AS "candidatePhone",
         c.linkedin_url AS "linkedinUrl", r.relationship, r.motivation, r.channel, r.no_bonus_reason AS "noBonusReason",
         a.stage, a.stage_entered_at AS "stageEnteredAt", r.created_at AS "createdAt",
         a.cv_file_id AS "cvFileId", f.file_name AS "cvFileName", f.size_bytes AS "cvSizeBytes", f.media_type AS "cvMediaType"
    FROM ${source} r
    JOIN applications a ON a.id = r.application_id
    JOIN candidates c ON c.id = r.candidate_id
    JOIN users u ON u.id = r.referrer_id
    LEFT JOIN vacancies v ON v.id = r.vacancy_id
    LEFT JOIN stored_files f ON f.id = a.cv_file_id`,
  get myReferrals() {
    return `WITH page AS (
         SELECT r.* FROM referrals r WHERE r.referrer_id = $1 ORDER BY r.created_at DESC, r.id LIMIT $2 OFFSET $3
       )
       ${this.selectReferral('page')} ORDER BY r.created_at DESC, r.id`;
  },

  board: `WITH steps AS (
         SELECT a.step, count(*)::int AS step_count, a.step = ANY($3) AS ended
           FROM applications a
          WHERE a.vacancy_id = $1
          GROUP BY a.step
       ), ranked AS (
         SELECT card.*, s.step_count,
                row_number() OVER (
                  PARTITION BY card.step
                  ORDER BY CASE WHEN s.ended THEN NULL ELSE card.stage_entered_at END, card.stage_entered_at DESC, card.id
                ) AS position
           FROM steps s
          CROSS JOIN LATERAL (
            (SELECT a.* FROM applications a
              WHERE a.vacancy_id = $1 AND a.step = s.step AND NOT s.ended
              ORDER BY a.stage_entered_at, a.id LIMIT $2)
            UNION ALL
            (SELECT a.* FROM applications a
              WHERE a.vacancy_id = $1 AND a.step = s.step AND s.ended
              ORDER BY a.stage_entered_at DESC, a.id LIMIT $2)
          ) card
       )
       SELECT ${CARD_COLUMNS}, a.step_count AS "stepCount"
         FROM ranked a ${CARD_JOINS}
        ORDER BY a.step, a.position`,

  candidateList: `WITH page AS (
         SELECT a.* FROM applications a  
          WHERE a.stage = $1
          ORDER BY a.stage_entered_at ASC, a.id
          LIMIT $2 OFFSET $3
       )
       SELECT ${CARD_COLUMNS}
         FROM page a ${CARD_JOINS}
        ORDER BY a.stage_entered_at ASC, a.id`,

  applicationDetail: `SELECT ${CARD_COLUMNS},
              v.hiring_manager_id AS "vacancyHiringManagerId", v.probation_months AS "vacancyProbationMonths",
              a.source, a.ended_at AS "endedAt", c.id AS "candidateId", c.email AS "candidateEmail",
              c.phone_e164 AS "candidatePhone", c.linkedin_url AS "linkedinUrl",
              a.cv_file_id AS "cvFileId", f.file_name AS "cvFileName", f.size_bytes AS "cvSizeBytes", f.media_type AS "cvMediaType",
              r.id AS "referralId", r.referrer_id AS "submitterId", r.relationship, r.motivation, r.channel,
              r.created_at AS "referredAt"
         FROM applications a ${CARD_JOINS}
         LEFT JOIN stored_files f ON f.id = a.cv_file_id
        WHERE a.id = $1`,

  bonusTotals: `SELECT b.currency, sum(b.amount_minor)::text AS "amountMinor", count(*)::int AS count
         FROM bonuses b
         WHERE b.state = $1
        GROUP BY b.currency ORDER BY b.currency`,

  bonusList: `WITH page AS (
         SELECT b.* FROM bonuses b  WHERE b.state = $1
          ORDER BY b.due_on, b.created_at, b.id LIMIT $2 OFFSET $3
       )
       
  SELECT b.id, b.version, b.state, b.part, b.amount_minor::bigint::float8 AS "amountMinor", b.currency,
         to_char(b.due_on, 'YYYY-MM-DD') AS "dueOn", b.department,
         b.beneficiary_id AS "beneficiaryId", beneficiary.display_name AS "beneficiaryName",
         beneficiary.employee_id AS "beneficiaryEmployeeId", beneficiary.department AS "beneficiaryDepartment",
         b.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", c.full_name AS "candidateName",
         h.id AS "hireId", h.application_id AS "applicationId", to_char(h.start_date, 'YYYY-MM-DD') AS "startDate", to_char(h.probation_ends_on, 'YYYY-MM-DD') AS "probationEndsOn",
         h.recorded_by AS "recordedById", recorder.display_name AS "recordedByName", r.referrer_id AS "submitterId",
         b.decided_by AS "decidedById", decider.display_name AS "decidedByName", b.decided_at AS "decidedAt",
         b.decision_comment AS "decisionComment", b.budget_override_reason AS "budgetOverrideReason",
         b.batch_id AS "batchId", pb.number AS "batchNumber", b.paid_at AS "paidAt", b.forfeit_reason AS "forfeitReason"
    FROM page b
    JOIN hires h ON h.id = b.hire_id
    JOIN referrals r ON r.id = b.referral_id
    JOIN vacancies v ON v.id = b.vacancy_id
    JOIN candidates c ON c.id = h.candidate_id
    JOIN users beneficiary ON beneficiary.id = b.beneficiary_id
    LEFT JOIN users recorder ON recorder.id = h.recorded_by
    LEFT JOIN users decider ON decider.id = b.decided_by
    LEFT JOIN payroll_batches pb ON pb.id = b.batch_id ORDER BY b.due_on, b.created_at, b.id`,

  // ---- referral submission ----
  referrerLock: `SELECT pg_advisory_xact_lock($1, hashtext($2))`,
  vacancyForShare: `${entitySelect('VacancyEntity', 'vacancies', VACANCY_COLUMNS)} WHERE (("VacancyEntity"."id" = $1)) LIMIT 1 FOR SHARE`,
  insertCandidate: `INSERT INTO "candidates" AS "CandidateEntity"("id", "email", "full_name", "phone_e164", "linkedin_url", "claim_holder_id", "claim_referral_id", "claim_since", "created_at", "updated_at") VALUES (DEFAULT, $1, $2, $3, $4, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) ON CONFLICT DO NOTHING  RETURNING id`,
  candidateForUpdate: `${entitySelect('CandidateEntity', 'candidates', CANDIDATE_COLUMNS)} WHERE (("CandidateEntity"."email" = $1)) LIMIT 1 FOR UPDATE`,
  latestProgramme: `SELECT "ProgrammeVersionEntity"."version" AS "ProgrammeVersionEntity_version", "ProgrammeVersionEntity"."rules_en" AS "ProgrammeVersionEntity_rules_en", "ProgrammeVersionEntity"."faq_en" AS "ProgrammeVersionEntity_faq_en", "ProgrammeVersionEntity"."rules_nl" AS "ProgrammeVersionEntity_rules_nl", "ProgrammeVersionEntity"."faq_nl" AS "ProgrammeVersionEntity_faq_nl", "ProgrammeVersionEntity"."change_summary" AS "ProgrammeVersionEntity_change_summary", "ProgrammeVersionEntity"."published_by" AS "ProgrammeVersionEntity_published_by", "ProgrammeVersionEntity"."published_at" AS "ProgrammeVersionEntity_published_at" FROM "programme_versions" "ProgrammeVersionEntity" ORDER BY "ProgrammeVersionEntity"."version" DESC LIMIT 1`,
  acceptance: `SELECT "ProgrammeAcceptanceEntity"."user_id" AS "ProgrammeAcceptanceEntity_user_id", "ProgrammeAcceptanceEntity"."version" AS "ProgrammeAcceptanceEntity_version", "ProgrammeAcceptanceEntity"."accepted_at" AS "ProgrammeAcceptanceEntity_accepted_at" FROM "programme_acceptances" "ProgrammeAcceptanceEntity" WHERE (("ProgrammeAcceptanceEntity"."user_id" = $1) AND ("ProgrammeAcceptanceEntity"."version" = $2)) LIMIT 1`,
  activeEmployeeEmail: `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "users" "UserEntity" WHERE (("UserEntity"."email" = $1) AND ("UserEntity"."active" = $2))) LIMIT 1`,
  inProcess: `SELECT 1 AS "row_exists" FROM (SELECT 1 AS dummy_column) "dummy_table" WHERE EXISTS (SELECT 1 FROM "applications" "a" WHERE "a"."candidate_id" = $1 AND "a"."stage" NOT IN ($2, $3) AND "a"."vacancy_id" = $4) LIMIT 1`,
  countRecent: `SELECT count(*) FILTER (WHERE created_at > $2::timestamptz - interval '24 hours')::int AS "lastDay",
              count(*)::int AS "last30Days"
         FROM referrals WHERE referrer_id = $1 AND created_at > $2::timestamptz - interval '30 days'`,
  insertApplication: `INSERT INTO "applications"("id", "candidate_id", "vacancy_id", "source", "stage", "step", "stage_entered_at", "cv_file_id", "ended_at", "assigned_recruiter_id", "stale_since", "version", "created_at", "updated_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "step", "version", "created_at", "updated_at"`,
  insertEvent: `INSERT INTO "application_events"("id", "application_id", "actor_id", "from_stage", "to_stage", "from_step", "to_step", "reject_reason_id", "reason", "occurred_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING "id"`,
  insertReferral: `INSERT INTO "referrals"("id", "application_id", "candidate_id", "vacancy_id", "referrer_id", "credited_referrer_id", "relationship", "motivation", "candidate_consent_confirmed", "channel", "no_bonus_reason", "programme_version", "created_at") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING "id"`,
  setClaim: `UPDATE "candidates" SET "claim_holder_id" = $1, "claim_referral_id" = $2, "claim_since" = $3, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $4`,
  insertAudit: `INSERT INTO "audit_log"("id", "occurred_at", "actor_id", "action", "entity_type", "entity_id", "before", "after", "request_id") VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING "id"`,
  notify: `WITH recipients AS (
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
  pgNotifyUser: `SELECT pg_notify($1, $2)`,
  pgNotifyOutbox: `SELECT pg_notify($1, '')`,
  vacancyRecruiters: `SELECT "VacancyRecruiterEntity"."vacancy_id" AS "VacancyRecruiterEntity_vacancy_id", "VacancyRecruiterEntity"."user_id" AS "VacancyRecruiterEntity_user_id" FROM "vacancy_recruiters" "VacancyRecruiterEntity" WHERE (("VacancyRecruiterEntity"."vacancy_id" = $1))`,
  timeline: `SELECT to_stage AS "toStage", occurred_at AS "occurredAt" FROM application_events
        WHERE application_id = $1 ORDER BY sequence`,

  // ---- stage move ----
  applicationForUpdate: `${entitySelect('ApplicationEntity', 'applications', APPLICATION_COLUMNS)} WHERE (("ApplicationEntity"."id" = $1)) LIMIT 1 FOR UPDATE`,
  moveApplication: `UPDATE "applications" SET "step" = $1, "stage" = $2, "stage_entered_at" = $3, "ended_at" = $4, "stale_since" = $5, "version" = $6, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $7`,
  referralOfApplication: `${entitySelect('ReferralEntity', 'referrals', REFERRAL_COLUMNS)} WHERE (("ReferralEntity"."application_id" = $1)) LIMIT 1`,
  candidateName: `SELECT "CandidateEntity"."id" AS "CandidateEntity_id", "CandidateEntity"."full_name" AS "CandidateEntity_full_name" FROM "candidates" "CandidateEntity" WHERE (("CandidateEntity"."id" = $1)) LIMIT 1`,
  applicationEvents: `SELECT id, actor_id AS "actorId", from_step AS "fromStep", to_step AS "toStep", to_stage AS "toStage",
              reason, reject_reason_id AS "rejectReasonId", occurred_at AS "occurredAt"
         FROM application_events WHERE application_id = $1 ORDER BY sequence`,
  applicationNotes: `SELECT id, kind, author_id AS "authorId", body, created_at AS "createdAt"
         FROM application_notes WHERE application_id = $1 ORDER BY created_at, id`,
  hireOfApplication: `${entitySelect('HireEntity', 'hires', HIRE_COLUMNS)} WHERE (("HireEntity"."application_id" = $1)) LIMIT 1`,
} as const;

export interface FloorRequest {
  sessionId: string;
  userId: string;
  /** The parsed JSON body of a write. */
  body: Record<string, unknown>;
  /** Path parameter (vacancy or application id). */
  id: string | null;
  requestId: string;
}

const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

async function notifyOne(db: PoolClient, recipients: string[], event: string, params: object, link: string, key: string): Promise<void> {
  const result = await db.query(SQL.notify, [`{${recipients.join(',')}}`, event, JSON.stringify(params), link, key, new Date(), false]);
  const notified = (result.rows[0] as { recipients: string[] | null }).recipients ?? [];
  for (const user of notified) await db.query(SQL.pgNotifyUser, ['notifications_changed', user]);
  await db.query(SQL.pgNotifyOutbox, ['email_outbox']);
}

async function inTransaction<T>(pool: Pool, work: (db: PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('START TRANSACTION');
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

/** Per endpoint: the statements after the session lookup and before the session touch, returning the body. */
export const FLOOR_HANDLERS: Record<string, (pool: Pool, request: FloorRequest) => Promise<unknown>> = {
  'vacancy search': async (pool) => (await pool.query(SQL.vacancySearch, ['open', 'engineer', 21, 0])).rows,

  'my referrals': async (pool, request) => (await pool.query(SQL.myReferrals, [request.userId, 21, 0])).rows,

  'board (2,000 applications)': async (pool, request) => {
    const vacancy = (await pool.query(SQL.vacancyById, [request.id])).rows[0] as { VacancyEntity_hiring_manager_id: string };
    const [cards, people] = await Promise.all([
      pool.query(SQL.board, [request.id, BOARD_CARDS_PER_COLUMN, END_STATES]),
      pool.query(SQL.usersByIds(1), [vacancy.VacancyEntity_hiring_manager_id]),
    ]);
    return { vacancy, cards: cards.rows, people: people.rows };
  },

  'candidate list, filtered': async (pool) => (await pool.query(SQL.candidateList, ['interview', 26, 0])).rows,

  'HR bonus queue': async (pool) => {
    const [rows, totals] = await Promise.all([pool.query(SQL.bonusList, ['eligible', 26, 0]), pool.query(SQL.bonusTotals, ['eligible'])]);
    return { items: rows.rows, totals: totals.rows };
  },

  'referral submission': async (pool, request) => {
    const body = request.body as { vacancyId: string; candidateName: string; candidateEmail: string; relationship: string; motivation: string };
    const { referralId, applicationId } = await inTransaction(pool, async (db) => {
      const now = new Date();
      await db.query(SQL.referrerLock, [7311, request.userId]);
      const vacancy = (await db.query(SQL.vacancyForShare, [body.vacancyId])).rows[0] as { VacancyEntity_id: string; VacancyEntity_title: string };
      await db.query(SQL.insertCandidate, [body.candidateEmail, body.candidateName, null, null]);
      const candidate = (await db.query(SQL.candidateForUpdate, [body.candidateEmail])).rows[0] as { CandidateEntity_id: string };
      const candidateId = candidate.CandidateEntity_id;
      const programme = (await db.query(SQL.latestProgramme)).rows[0] as { ProgrammeVersionEntity_version: number };
      await db.query(SQL.acceptance, [request.userId, programme.ProgrammeVersionEntity_version]);
      await db.query(SQL.activeEmployeeEmail, [body.candidateEmail, true]);
      await db.query(SQL.inProcess, [candidateId, 'rejected', 'withdrawn', body.vacancyId]);
      await db.query(SQL.countRecent, [request.userId, now]);
      const application = (await db.query(SQL.insertApplication, [candidateId, body.vacancyId, 'referral', 'new', 'new', now, null])).rows[0] as { id: string };
      await db.query(SQL.insertEvent, [application.id, request.userId, null, 'new', null, 'new', null, null, now]);
      const referral = (await db.query(SQL.insertReferral, [application.id, candidateId, body.vacancyId, request.userId, request.userId, body.relationship,
        body.motivation, true, 'form', null, programme.ProgrammeVersionEntity_version, now])).rows[0] as { id: string };
      await db.query(SQL.setClaim, [request.userId, referral.id, now, candidateId]);
      await db.query(SQL.insertAudit, [new Date(), request.userId, 'referral.submitted', 'referral', referral.id, null,
        JSON.stringify({ vacancyId: body.vacancyId, candidateId, applicationId: application.id, becameOwner: true, noBonusReason: null, cvFileId: null }), request.requestId]);
      await notifyOne(db, [request.userId], 'referral_received', { vacancyTitle: vacancy.VacancyEntity_title, candidateName: body.candidateName },
        `/my-referrals/${referral.id}`, `referral:${referral.id}:received`);
      const recruiters = (await db.query(SQL.vacancyRecruiters, [body.vacancyId])).rows.map((row: { VacancyRecruiterEntity_user_id: string }) => row.VacancyRecruiterEntity_user_id);
      await notifyOne(db, recruiters, 'candidate_referred', { vacancyTitle: vacancy.VacancyEntity_title, candidateName: body.candidateName },
        `/pipeline/candidates/${application.id}`, `referral:${referral.id}:candidate`);
      return { referralId: referral.id, applicationId: application.id };
    });
    const referral = (await pool.query(`${SQL.selectReferral()} WHERE r.id = $1`, [referralId])).rows[0];
    const timeline = (await pool.query(SQL.timeline, [applicationId])).rows;
    return { referral, timeline };
  },

  'stage move': async (pool, request) => {
    const id = request.id as string;
    await pool.query(SQL.applicationDetail, [id]);
    await inTransaction(pool, async (db) => {
      const now = new Date();
      const application = (await db.query(SQL.applicationForUpdate, [id])).rows[0] as {
        ApplicationEntity_vacancy_id: string; ApplicationEntity_candidate_id: string; ApplicationEntity_version: number; ApplicationEntity_step: string;
      };
      if (application.ApplicationEntity_version !== request.body['version']) throw new Error('stale version');
      await db.query(SQL.vacancyById, [application.ApplicationEntity_vacancy_id]);
      const version = application.ApplicationEntity_version + 1;
      await db.query(SQL.moveApplication, ['screening', 'screening', now, null, null, version, id]);
      await db.query(SQL.insertEvent, [id, request.userId, 'new', 'screening', 'new', 'screening', null, null, now]);
      await db.query(SQL.insertAudit, [new Date(), request.userId, 'application.moved', 'application', id, JSON.stringify({ step: 'new', stage: 'new', version: version - 1 }),
        JSON.stringify({ kind: 'forward', step: 'screening', stage: 'screening', reason: null, rejectReasonId: null }), request.requestId]);
      const referral = (await db.query(SQL.referralOfApplication, [id])).rows[0] as { ReferralEntity_id: string; ReferralEntity_credited_referrer_id: string };
      const candidate = (await db.query(SQL.candidateName, [application.ApplicationEntity_candidate_id])).rows[0] as { CandidateEntity_full_name: string };
      await notifyOne(db, [referral.ReferralEntity_credited_referrer_id], 'referral_status_changed',
        { status: 'in_review', vacancyTitle: null, candidateName: candidate.CandidateEntity_full_name }, `/my-referrals/${referral.ReferralEntity_id}`, `application:${id}:v${version}`);
    });
    const detail = (await pool.query(SQL.applicationDetail, [id])).rows[0] as { vacancyId: string; referrerId: string; recruiterId: string | null };
    const [events, vacancy, notes, hire] = await Promise.all([
      pool.query(SQL.applicationEvents, [id]),
      pool.query(SQL.vacancyById, [detail.vacancyId]),
      pool.query(SQL.applicationNotes, [id]),
      pool.query(SQL.hireOfApplication, [id]),
    ]);
    const ids = [...new Set([detail.referrerId, detail.recruiterId, request.userId].filter((value): value is string => value !== null))];
    const people = await pool.query(SQL.usersByIds(ids.length), ids);
    return { detail, events: events.rows, vacancy: vacancy.rows[0], notes: notes.rows, hire: hire.rows[0] ?? null, people: people.rows };
  },
};

/**
 * What every request of the API does around its handler: the session lookup, the user, and the session
 * written back with its new activity time. (The settings the session gate reads are kept by the API for
 * SETTINGS_CACHE_MS, so they cost neither a query per request.)
 */
export async function withSession(pool: Pool, sessionId: string, handle: (userId: string) => Promise<unknown>): Promise<unknown | null> {
  const now = new Date();
  const session = (await pool.query(SQL.session, [sessionId, seconds(now)])).rows[0] as { sess: Record<string, unknown> & { userId?: string; cookie?: object } } | undefined;
  const userId = session?.sess.userId;
  if (!session || !userId) return null;
  await pool.query(SQL.userById, [userId]);
  const body = await handle(userId);
  const expires = new Date(now.getTime() + 12 * 3600_000);
  const sess = { ...session.sess, cookie: { ...session.sess.cookie, expires: expires.toISOString() }, lastActiveAt: now.toISOString() };
  await pool.query(SQL.saveSession, [JSON.stringify(sess), seconds(expires), sessionId]);
  return body;
}
