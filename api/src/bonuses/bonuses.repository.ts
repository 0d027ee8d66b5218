import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MoneyTotal } from '@referrals/contracts';
import { type BonusPart, type BonusState, COMMITTED_BONUS_STATES } from '@referrals/domain';
import { type PageWindow, pageThenNames } from '../common/paging';
import { containsPattern, SqlParameters } from '../common/sql-parameters';

/** A bonus with the names and dates every view of it shows, from one query. */
export interface BonusRow {
  id: string;
  version: number;
  state: BonusState;
  part: BonusPart;
  amountMinor: number;
  currency: string;
  dueOn: string;
  department: string;
  beneficiaryId: string;
  beneficiaryName: string;
  beneficiaryEmployeeId: string | null;
  beneficiaryDepartment: string | null;
  vacancyId: string;
  vacancyTitle: string;
  candidateName: string;
  hireId: string;
  applicationId: string;
  startDate: string;
  probationEndsOn: string;
  recordedById: string | null;
  recordedByName: string | null;
  submitterId: string;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
  budgetOverrideReason: string | null;
  batchId: string | null;
  batchNumber: number | null;
  paidAt: Date | null;
  forfeitReason: string | null;
}

/** A bonus with the names around it; `bonuses` is the default source, a page of them another. */
const selectBonus = (source = 'bonuses') => `
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
    FROM ${source} b
    JOIN hires h ON h.id = b.hire_id
    JOIN referrals r ON r.id = b.referral_id
    JOIN vacancies v ON v.id = b.vacancy_id
    JOIN candidates c ON c.id = h.candidate_id
    JOIN users beneficiary ON beneficiary.id = b.beneficiary_id
    LEFT JOIN users recorder ON recorder.id = h.recorded_by
    LEFT JOIN users decider ON decider.id = b.decided_by
    LEFT JOIN payroll_batches pb ON pb.id = b.batch_id`;

export interface BonusFilter {
  state?: BonusState;
  department?: string;
  vacancyId?: string;
  text?: string;
  beneficiaryId?: string;
  batchId?: string;
}

/** What the text filter of `whereOf` searches: the beneficiary's and the candidate's names. */
const NAME_JOINS = `JOIN hires h ON h.id = b.hire_id
         JOIN candidates c ON c.id = h.candidate_id
         JOIN users beneficiary ON beneficiary.id = b.beneficiary_id`;

function whereOf(filter: BonusFilter, params: SqlParameters): string {
  const where: string[] = [];
  if (filter.state) where.push(`b.state = ${params.add(filter.state)}`);
  if (filter.department) where.push(`b.department = ${params.add(filter.department)}`);
  if (filter.vacancyId) where.push(`b.vacancy_id = ${params.add(filter.vacancyId)}`);
  if (filter.beneficiaryId) where.push(`b.beneficiary_id = ${params.add(filter.beneficiaryId)}`);
  if (filter.batchId) where.push(`b.batch_id = ${params.add(filter.batchId)}`);
  if (filter.text) {
    const pattern = params.add(containsPattern(filter.text));
    where.push(`(beneficiary.display_name ILIKE ${pattern} OR c.full_name ILIKE ${pattern})`);
  }
  return where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
}

@Injectable()
export class BonusesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Oldest due first: the queue HR works through. */
  list(filter: BonusFilter, window: PageWindow): Promise<BonusRow[]> {
    const params = new SqlParameters();
    const page = {
      from: `SELECT b.* FROM bonuses b ${filter.text ? NAME_JOINS : ''}`,
      where: whereOf(filter, params),
      order: 'ORDER BY b.due_on, b.created_at, b.id',
      limit: params.add(window.fetch),
      offset: params.add(window.offset),
    };
    return this.dataSource.query(pageThenNames(page, selectBonus('page')), params.values);
  }

  async totals(filter: BonusFilter): Promise<MoneyTotal[]> {
    const params = new SqlParameters();
    const rows: { currency: string; amountMinor: string; count: number }[] = await this.dataSource.query(
      // Only the text search reads the names; joining them for every bonus cost most of the queue's time at scale.
      `SELECT b.currency, sum(b.amount_minor)::text AS "amountMinor", count(*)::int AS count
         FROM bonuses b
         ${filter.text ? NAME_JOINS : ''}
         ${whereOf(filter, params)}
        GROUP BY b.currency ORDER BY b.currency`,
      params.values,
    );
    return rows.map((row) => ({ currency: row.currency, amountMinor: Number(row.amountMinor), count: row.count }));
  }

  async findById(id: string, manager?: EntityManager): Promise<BonusRow | null> {
    const rows: BonusRow[] = await (manager ?? this.dataSource).query(`${selectBonus()} WHERE b.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** These bonuses in the order payroll files list them: by employee, then bonus. */
  forPayroll(manager: EntityManager, ids: readonly string[]): Promise<BonusRow[]> {
    return manager.query(`${selectBonus()} WHERE b.id = ANY($1) ORDER BY beneficiary.employee_id NULLS LAST, beneficiary.display_name, b.id`, [ids]);
  }

  /** What a department has committed (approved, exported, paid) by approvals in the quarter, in one currency. */
  async committedMinor(manager: EntityManager, department: string, quarter: QuarterWindow, currency: string): Promise<number> {
    const [row]: { total: string }[] = await manager.query(
      `SELECT coalesce(sum(amount_minor), 0)::text AS total FROM bonuses
        WHERE department = $1 AND currency = $2 AND state IN (${COMMITTED}) AND ${DECIDED_IN_QUARTER(3)}`,
      [department, currency, quarter.firstDay, quarter.lastDay, quarter.timeZone],
    );
    return Number(row.total);
  }

  /** Per department and currency: committed, approved-not-exported and paid by approval date, and what may still come by due date. */
  budgetFigures(quarter: QuarterWindow): Promise<BudgetFigureRow[]> {
    return this.dataSource.query(
      `SELECT department, currency,
              coalesce(sum(amount_minor) FILTER (WHERE state IN (${COMMITTED}) AND ${DECIDED_IN_QUARTER(1)}), 0)::text AS "committedMinor",
              coalesce(sum(amount_minor) FILTER (WHERE state = 'approved' AND ${DECIDED_IN_QUARTER(1)}), 0)::text AS "approvedMinor",
              coalesce(sum(amount_minor) FILTER (WHERE state = 'paid' AND ${DECIDED_IN_QUARTER(1)}), 0)::text AS "paidMinor",
              coalesce(sum(amount_minor) FILTER (WHERE state IN ('pending_probation', 'eligible') AND due_on BETWEEN $1 AND $2), 0)::text AS "expectedMinor"
         FROM bonuses GROUP BY department, currency`,
      [quarter.firstDay, quarter.lastDay, quarter.timeZone],
    );
  }

  /** Bonuses waiting for HR's decision, and since when the longest has waited. */
  async awaitingDecision(): Promise<{ count: number; oldestSince: Date | null }> {
    const [row]: { count: number; oldest_since: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count, min(updated_at) AS oldest_since FROM bonuses WHERE state = 'eligible'`,
    );
    return { count: row.count, oldestSince: row.oldest_since };
  }
}

/** The states that count against a budget, as SQL literals from the one list in the domain. */
const COMMITTED = COMMITTED_BONUS_STATES.map((state) => `'${state}'`).join(', ');

/** A quarter's days, counted in the company's time zone. */
export interface QuarterWindow {
  firstDay: string;
  lastDay: string;
  timeZone: string;
}

export interface BudgetFigureRow {
  department: string;
  currency: string;
  committedMinor: string;
  approvedMinor: string;
  paidMinor: string;
  expectedMinor: string;
}

/** Decided between the quarter's first midnight and the next quarter's, in the company's time zone; params from `$n`. */
const DECIDED_IN_QUARTER = (n: number) =>
  `decided_at >= ($${n}::date::timestamp AT TIME ZONE $${n + 2}) AND decided_at < (($${n + 1}::date + 1)::timestamp AT TIME ZONE $${n + 2})`;
