import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PipelineStage, ReferralChannel, ReferralRelationship } from '@referrals/domain';
import { type PageWindow, pageThenNames } from '../common/paging';
import { SqlParameters } from '../common/sql-parameters';

/** A referral with what every view of it needs, from one query. */
export interface ReferralRow {
  id: string;
  applicationId: string;
  candidateId: string;
  referrerId: string;
  referrerName: string;
  vacancyId: string | null;
  vacancyTitle: string | null;
  vacancyHiringManagerId: string | null;
  candidateName: string;
  candidateEmail: string;
  candidatePhone: string | null;
  linkedinUrl: string | null;
  relationship: ReferralRelationship;
  motivation: string;
  channel: ReferralChannel;
  noBonusReason: 'hiring_manager_own_vacancy' | null;
  stage: PipelineStage;
  stageEnteredAt: Date;
  createdAt: Date;
  cvFileId: string | null;
  cvFileName: string | null;
  cvSizeBytes: number | null;
  cvMediaType: string | null;
}

/** A referral with its application, candidate and names; `referrals` is the default source, a page of them another. */
const selectReferral = (source = 'referrals') => `
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
    LEFT JOIN stored_files f ON f.id = a.cv_file_id`;

export interface TimelineRow {
  toStage: PipelineStage;
  occurredAt: Date;
}

@Injectable()
export class ReferralsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, manager?: EntityManager): Promise<ReferralRow | null> {
    const rows: ReferralRow[] = await (manager ?? this.dataSource).query(`${selectReferral()} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** One page's rows (plus the extra one) of a referrer's referrals, newest first. */
  bySubmitter(referrerId: string, window: PageWindow): Promise<ReferralRow[]> {
    const params = new SqlParameters();
    return this.newestFirst(`r.referrer_id = ${params.add(referrerId)}`, params, window);
  }

  /** A vacancy's referrals (or, for null, the general ones), newest first. */
  byVacancy(vacancyId: string | null, window: PageWindow): Promise<ReferralRow[]> {
    const params = new SqlParameters();
    return this.newestFirst(vacancyId ? `r.vacancy_id = ${params.add(vacancyId)}` : 'r.vacancy_id IS NULL', params, window);
  }

  /** A page of referrals, newest first. */
  private newestFirst(where: string, params: SqlParameters, window: PageWindow): Promise<ReferralRow[]> {
    const page = {
      from: 'SELECT r.* FROM referrals r',
      where: `WHERE ${where}`,
      order: 'ORDER BY r.created_at DESC, r.id',
      limit: params.add(window.fetch),
      offset: params.add(window.offset),
    };
    return this.dataSource.query(pageThenNames(page, selectReferral('page')), params.values);
  }

  timeline(applicationId: string): Promise<TimelineRow[]> {
    return this.dataSource.query(
      `SELECT to_stage AS "toStage", occurred_at AS "occurredAt" FROM application_events
        WHERE application_id = $1 ORDER BY sequence`,
      [applicationId],
    );
  }

  /** Whether this person still has a referral of the candidate in process (credited to them). */
  async hasReferralInProcess(manager: EntityManager, candidateId: string, referrerId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM referrals r JOIN applications a ON a.id = r.application_id
        WHERE r.candidate_id = $1 AND r.credited_referrer_id = $2 AND a.stage NOT IN ('rejected', 'withdrawn') LIMIT 1`,
      [candidateId, referrerId],
    );
    return rows.length > 0;
  }

  /** The referrer's submissions in the last 24 hours and 30 days, for the limits. */
  async countRecent(manager: EntityManager, referrerId: string, now: Date): Promise<{ lastDay: number; last30Days: number }> {
    const [row]: { lastDay: number; last30Days: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE created_at > $2::timestamptz - interval '24 hours')::int AS "lastDay",
              count(*)::int AS "last30Days"
         FROM referrals WHERE referrer_id = $1 AND created_at > $2::timestamptz - interval '30 days'`,
      [referrerId, now],
    );
    return row;
  }
}
