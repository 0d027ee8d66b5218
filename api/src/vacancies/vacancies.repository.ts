import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { VacancySort, VacancySummaryResponse } from '@referrals/contracts';
import type { EmploymentType, VacancyStatus } from '@referrals/domain';
import type { PageWindow } from '../common/paging';
import { SqlParameters } from '../common/sql-parameters';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacancyRecruiterEntity } from './entities/vacancy-recruiter.entity';

export interface VacancySearch {
  text?: string;
  department?: string;
  location?: string;
  category?: string;
  employmentType?: EmploymentType;
  status: VacancyStatus;
  sort: VacancySort;
  window: PageWindow;
}

/** The search text in both languages: a word matches when either stemmer recognises it. */
function tsQuery(text: string): string {
  return `(websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('dutch', ${text}))`;
}

/** What a search result shows (not the description, which is most of a vacancy's bytes), as pg reads it. */
export type VacancySummaryRow = Omit<VacancySummaryResponse, 'openedAt'> & { openedAt: Date | null };

const SUMMARY_COLUMNS = `v.id, v.title, v.department, v.location, v.employment_type AS "employmentType", v.category, v.status,
  v.bonus_amount_minor::float8 AS "bonusAmountMinor", v.bonus_currency AS "bonusCurrency", v.opened_at AS "openedAt"`;

@Injectable()
export class VacanciesRepository {
  constructor(@InjectRepository(VacancyEntity) private readonly vacancies: Repository<VacancyEntity>) {}

  findById(id: string, manager?: EntityManager): Promise<VacancyEntity | null> {
    return (manager?.getRepository(VacancyEntity) ?? this.vacancies).findOneBy({ id });
  }

  /** The vacancy, share-locked until the transaction ends so its status cannot change underneath. */
  findForShare(manager: EntityManager, id: string): Promise<VacancyEntity | null> {
    return manager.getRepository(VacancyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  async recruiterIds(vacancyId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await (manager ?? this.vacancies.manager).getRepository(VacancyRecruiterEntity).findBy({ vacancyId });
    return rows.map((row) => row.userId);
  }

  async replaceRecruiters(manager: EntityManager, vacancyId: string, userIds: readonly string[]): Promise<void> {
    const repository = manager.getRepository(VacancyRecruiterEntity);
    await repository.delete({ vacancyId });
    const unique = [...new Set(userIds)];
    if (unique.length > 0) await repository.insert(unique.map((userId) => ({ vacancyId, userId })));
  }

  /**
   * One page's rows, plus the extra row that tells whether another page follows. Plain SQL: the busiest read
   * of the portal, and the query builder and entity mapping cost more than the query itself.
   */
  search(search: VacancySearch): Promise<VacancySummaryRow[]> {
    const params = new SqlParameters();
    const where = [`v.status = ${params.add(search.status)}`];
    const text = search.text ? tsQuery(params.add(search.text)) : undefined;
    if (text) where.push(`v.search @@ ${text}`);
    if (search.department) where.push(`v.department = ${params.add(search.department)}`);
    if (search.location) where.push(`v.location = ${params.add(search.location)}`);
    if (search.category) where.push(`v.category = ${params.add(search.category)}`);
    if (search.employmentType) where.push(`v.employment_type = ${params.add(search.employmentType)}`);
    const order = {
      relevance: [...(text ? [`ts_rank(v.search, ${text}) DESC`] : []), 'v.opened_at DESC NULLS LAST'],
      newest: ['v.opened_at DESC NULLS LAST'],
      title: ['v.title ASC'],
      bonus: ['v.bonus_amount_minor DESC'],
    }[search.sort];
    return this.vacancies.query(
      `SELECT ${SUMMARY_COLUMNS} FROM vacancies v
        WHERE ${where.join(' AND ')}
        ORDER BY ${[...order, 'v.id ASC'].join(', ')}
        LIMIT ${params.add(search.window.fetch)} OFFSET ${params.add(search.window.offset)}`,
      params.values,
    );
  }

  async facets(status: VacancyStatus): Promise<{ departments: string[]; locations: string[]; categories: string[] }> {
    const rows: { kind: string; value: string }[] = await this.vacancies.query(
      `SELECT DISTINCT 'department' AS kind, department AS value FROM vacancies WHERE status = $1
       UNION SELECT DISTINCT 'location', location FROM vacancies WHERE status = $1
       UNION SELECT DISTINCT 'category', category FROM vacancies WHERE status = $1
       ORDER BY 1, 2`,
      [status],
    );
    const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.value);
    return { departments: of('department'), locations: of('location'), categories: of('category') };
  }
}
