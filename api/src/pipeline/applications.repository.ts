import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { END_STATES, type PipelineStage, type ReferralChannel, type ReferralRelationship } from '@referrals/domain';
import { type PageWindow, pageThenNames } from '../common/paging';
import { containsPattern, SqlParameters } from '../common/sql-parameters';

/** A card on the board or a row in the candidate list, names joined in the same query. */
export interface ApplicationCardRow {
  id: string;
  version: number;
  step: string;
  stage: PipelineStage;
  stageEnteredAt: Date;
  staleSince: Date | null;
  candidateName: string;
  referrerId: string | null;
  referrerName: string | null;
  recruiterId: string | null;
  recruiterName: string | null;
  vacancyId: string | null;
  vacancyTitle: string | null;
}

export interface BoardCardRow extends ApplicationCardRow {
  /** How many applications the card's step holds in all. */
  stepCount: number;
}

/** Who may be shown: everyone's candidates, or only those of one hiring manager's vacancies. */
export type CandidateScope = { kind: 'all' } | { kind: 'hiringManager'; userId: string };

export interface ApplicationFilter {
  scope: CandidateScope;
  vacancyId?: string;
  stage?: PipelineStage;
  step?: string;
  recruiterId?: string;
  staleOnly: boolean;
  includeEnded: boolean;
  text?: string;
  window: PageWindow;
}

export interface ApplicationDetailRow extends ApplicationCardRow {
  vacancyHiringManagerId: string | null;
  vacancyProbationMonths: number | null;
  source: 'referral' | 'direct';
  endedAt: Date | null;
  candidateId: string;
  candidateEmail: string;
  candidatePhone: string | null;
  linkedinUrl: string | null;
  cvFileId: string | null;
  cvFileName: string | null;
  cvSizeBytes: number | null;
  cvMediaType: string | null;
  referralId: string | null;
  submitterId: string | null;
  relationship: ReferralRelationship | null;
  motivation: string | null;
  channel: ReferralChannel | null;
  referredAt: Date | null;
}

export interface NoteRow {
  id: string;
  kind: 'note' | 'feedback';
  authorId: string;
  body: string;
  createdAt: Date;
}

export interface EventRow {
  id: string;
  actorId: string | null;
  fromStep: string | null;
  toStep: string;
  toStage: PipelineStage;
  reason: string | null;
  rejectReasonId: string | null;
  occurredAt: Date;
}

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

/** Stages a candidate list leaves out unless asked: the procedure is over. */
const FINISHED_STAGES: readonly PipelineStage[] = ['hired', 'rejected', 'withdrawn'];

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A vacancy's board in one round trip: every step's count and its first cards. Active steps show who has
   * waited longest first, end states the latest first. The counts come from the board index alone, and each
   * step's cards are read from it in order with a LIMIT, so a vacancy with thousands of applications costs
   * a few dozen index entries per step; names are joined only for the cards returned.
   */
  board(vacancyId: string, cardsPerStep: number): Promise<BoardCardRow[]> {
    return this.dataSource.query(
      `WITH steps AS (
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
      // End states are steps of their own (their key is the state) and the only ones whose applications ended.
      [vacancyId, cardsPerStep, END_STATES],
    );
  }

  list(filter: ApplicationFilter): Promise<ApplicationCardRow[]> {
    const where: string[] = [];
    const params = new SqlParameters();
    if (filter.scope.kind === 'hiringManager') where.push(`v.hiring_manager_id = ${params.add(filter.scope.userId)}`);
    if (filter.vacancyId) where.push(`a.vacancy_id = ${params.add(filter.vacancyId)}`);
    if (filter.stage) where.push(`a.stage = ${params.add(filter.stage)}`);
    if (filter.step) where.push(`a.step = ${params.add(filter.step)}`);
    if (filter.recruiterId) where.push(`a.assigned_recruiter_id = ${params.add(filter.recruiterId)}`);
    if (filter.staleOnly) where.push(`a.stale_since IS NOT NULL`);
    // Asking for a stage or step shows it whatever it is; otherwise the list is the work still to do.
    if (!filter.includeEnded && !filter.stage && !filter.step) where.push(`a.stage <> ALL(${params.add(FINISHED_STAGES)})`);
    if (filter.text) {
      const pattern = params.add(containsPattern(filter.text));
      where.push(`(c.full_name ILIKE ${pattern} OR c.email ILIKE ${pattern})`);
    }
    // Finished work latest first; an end state's column too, so its "Show more" continues the board's order.
    const latestFirst =
      (filter.stage !== undefined && FINISHED_STAGES.includes(filter.stage)) ||
      (filter.step !== undefined && (END_STATES as readonly string[]).includes(filter.step));
    const order = `ORDER BY a.stage_entered_at ${latestFirst ? 'DESC' : 'ASC'}, a.id`;
    // Only the joins the filters read; the names come once the page is chosen.
    const filterJoins = [
      filter.scope.kind === 'hiringManager' ? 'JOIN vacancies v ON v.id = a.vacancy_id' : '',
      filter.text ? 'JOIN candidates c ON c.id = a.candidate_id' : '',
    ].join(' ');
    const page = {
      from: `SELECT a.* FROM applications a ${filterJoins}`,
      where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
      order,
      limit: params.add(filter.window.fetch),
      offset: params.add(filter.window.offset),
    };
    return this.dataSource.query(pageThenNames(page, `SELECT ${CARD_COLUMNS} FROM page a ${CARD_JOINS}`), params.values);
  }

  async findDetail(id: string, manager?: EntityManager): Promise<ApplicationDetailRow | null> {
    const rows: ApplicationDetailRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${CARD_COLUMNS},
              v.hiring_manager_id AS "vacancyHiringManagerId", v.probation_months AS "vacancyProbationMonths",
              a.source, a.ended_at AS "endedAt", c.id AS "candidateId", c.email AS "candidateEmail",
              c.phone_e164 AS "candidatePhone", c.linkedin_url AS "linkedinUrl",
              a.cv_file_id AS "cvFileId", f.file_name AS "cvFileName", f.size_bytes AS "cvSizeBytes", f.media_type AS "cvMediaType",
              r.id AS "referralId", r.referrer_id AS "submitterId", r.relationship, r.motivation, r.channel,
              r.created_at AS "referredAt"
         FROM applications a ${CARD_JOINS}
         LEFT JOIN stored_files f ON f.id = a.cv_file_id
        WHERE a.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  notes(applicationId: string): Promise<NoteRow[]> {
    return this.dataSource.query(
      `SELECT id, kind, author_id AS "authorId", body, created_at AS "createdAt"
         FROM application_notes WHERE application_id = $1 ORDER BY created_at, id`,
      [applicationId],
    );
  }

  events(applicationId: string): Promise<EventRow[]> {
    return this.dataSource.query(
      `SELECT id, actor_id AS "actorId", from_step AS "fromStep", to_step AS "toStep", to_stage AS "toStage",
              reason, reject_reason_id AS "rejectReasonId", occurred_at AS "occurredAt"
         FROM application_events WHERE application_id = $1 ORDER BY sequence`,
      [applicationId],
    );
  }

  /** Flags every open application idle in its step since before `idleSince`; returns how many it flagged. */
  async flagStale(idleSince: Date, now: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE applications SET stale_since = $2
        WHERE ended_at IS NULL AND stage <> 'hired' AND stale_since IS NULL AND stage_entered_at < $1`,
      [idleSince, now],
    );
    return count;
  }

  /** A flag the setting no longer supports (it was raised) is lowered again. */
  async unflagFresh(idleSince: Date): Promise<number> {
    const [, count] = await this.dataSource.query(
      `UPDATE applications SET stale_since = NULL WHERE stale_since IS NOT NULL AND stage_entered_at >= $1`,
      [idleSince],
    );
    return count;
  }

  /**
   * Stale candidates per recruiter: those assigned to them, else those on vacancies they run. At most
   * `perRecruiter` names each (the longest waiting), with the full count.
   */
  async staleByRecruiter(perRecruiter: number): Promise<StaleForRecruiter[]> {
    return this.dataSource.query(
      `WITH responsible AS (
         SELECT a.id, a.stale_since, a.stage_entered_at, c.full_name, v.title,
                CASE WHEN a.assigned_recruiter_id IS NOT NULL THEN ARRAY[a.assigned_recruiter_id]
                     ELSE ARRAY(SELECT vr.user_id FROM vacancy_recruiters vr WHERE vr.vacancy_id = a.vacancy_id) END AS recruiters
           FROM applications a
           JOIN candidates c ON c.id = a.candidate_id
           LEFT JOIN vacancies v ON v.id = a.vacancy_id
          WHERE a.stale_since IS NOT NULL AND a.ended_at IS NULL
       ), per_recruiter AS (
         SELECT r.recruiter_id, x.full_name, x.title, x.stage_entered_at,
                row_number() OVER (PARTITION BY r.recruiter_id ORDER BY x.stage_entered_at, x.id) AS position,
                count(*) OVER (PARTITION BY r.recruiter_id) AS total
           FROM responsible x CROSS JOIN LATERAL unnest(x.recruiters) AS r(recruiter_id)
       )
       SELECT recruiter_id AS "recruiterId", total::int AS count,
              json_agg(json_build_object('candidateName', full_name, 'vacancyTitle', title, 'waitingSince', stage_entered_at)
                       ORDER BY position) AS candidates
         FROM per_recruiter WHERE position <= $1
        GROUP BY recruiter_id, total`,
      [perRecruiter],
    );
  }
}

export interface StaleForRecruiter {
  recruiterId: string;
  count: number;
  candidates: { candidateName: string; vacancyTitle: string | null; waitingSince: string }[];
}
