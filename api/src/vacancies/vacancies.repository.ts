import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { VacancySort } from '@referrals/contracts';
import type { EmploymentType, VacancyStatus } from '@referrals/domain';
import type { PageWindow } from '../common/paging';
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

// The query in both languages: a word matches when either stemmer recognises it.
const TS_QUERY = `(websearch_to_tsquery('english', :text) || websearch_to_tsquery('dutch', :text))`;

/** What a search result shows: not the description, which is most of a vacancy's bytes. */
const SUMMARY_COLUMNS = [
  'id',
  'title',
  'department',
  'location',
  'employmentType',
  'category',
  'status',
  'bonusAmountMinor',
  'bonusCurrency',
  'openedAt',
] as const satisfies readonly (keyof VacancyEntity)[];
export type VacancySummaryRow = Pick<VacancyEntity, (typeof SUMMARY_COLUMNS)[number]>;

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

  /** One page's rows, plus the extra row that tells whether another page follows. */
  search(search: VacancySearch): Promise<VacancySummaryRow[]> {
    const query = this.vacancies
      .createQueryBuilder('v')
      .select(SUMMARY_COLUMNS.map((column) => `v.${column}`))
      .where('v.status = :status', { status: search.status });
    if (search.text) query.andWhere(`v.search @@ ${TS_QUERY}`, { text: search.text });
    if (search.department) query.andWhere('v.department = :department', { department: search.department });
    if (search.location) query.andWhere('v.location = :location', { location: search.location });
    if (search.category) query.andWhere('v.category = :category', { category: search.category });
    if (search.employmentType) query.andWhere('v.employment_type = :employmentType', { employmentType: search.employmentType });
    switch (search.sort) {
      case 'relevance':
        if (search.text) query.orderBy(`ts_rank(v.search, ${TS_QUERY})`, 'DESC');
        query.addOrderBy('v.opened_at', 'DESC', 'NULLS LAST');
        break;
      case 'newest':
        query.orderBy('v.opened_at', 'DESC', 'NULLS LAST');
        break;
      case 'title':
        query.orderBy('v.title', 'ASC');
        break;
      case 'bonus':
        query.orderBy('v.bonus_amount_minor', 'DESC');
        break;
    }
    return query.addOrderBy('v.id', 'ASC').offset(search.window.offset).limit(search.window.fetch).getMany();
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
