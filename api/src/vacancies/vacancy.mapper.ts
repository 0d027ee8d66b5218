import type { PersonRef, VacancyResponse, VacancySummaryResponse } from '@referrals/contracts';
import { renderMarkdown } from '../common/markdown';
import type { VacancyEntity } from './entities/vacancy.entity';
import type { VacancySummaryRow } from './vacancies.repository';

export function mapVacancySummary(row: VacancySummaryRow): VacancySummaryResponse {
  return {
    id: row.id,
    title: row.title,
    department: row.department,
    location: row.location,
    employmentType: row.employmentType,
    category: row.category,
    status: row.status,
    bonusAmountMinor: row.bonusAmountMinor,
    bonusCurrency: row.bonusCurrency,
    openedAt: row.openedAt?.toISOString() ?? null,
  };
}

/** The people named on a vacancy, loaded in one query beside it. */
export interface VacancyPeople {
  recruiterIds: string[];
  people: Map<string, PersonRef>;
}

export function mapVacancy(row: VacancyEntity, { recruiterIds, people }: VacancyPeople): VacancyResponse {
  const person = (id: string): PersonRef => people.get(id) ?? { id, displayName: '' };
  return {
    ...mapVacancySummary(row),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    hiringManagerId: row.hiringManagerId,
    hiringManager: row.hiringManagerId ? person(row.hiringManagerId) : null,
    recruiters: recruiterIds.map(person).sort((a, b) => a.displayName.localeCompare(b.displayName)),
    probationMonths: row.probationMonths,
    bonusAtHirePercent: row.bonusAtHirePercent,
    stageTemplateId: row.stageTemplateId,
    steps: row.steps,
    publicApply: row.publicApply,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
