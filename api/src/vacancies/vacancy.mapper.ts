import type { VacancyResponse, VacancySummaryResponse } from '@referrals/contracts';
import { renderMarkdown } from '../common/markdown';
import type { VacancyEntity } from './entities/vacancy.entity';

export function mapVacancySummary(row: VacancyEntity): VacancySummaryResponse {
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

export function mapVacancy(row: VacancyEntity): VacancyResponse {
  return {
    ...mapVacancySummary(row),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    hiringManagerId: row.hiringManagerId,
    probationMonths: row.probationMonths,
    publicApply: row.publicApply,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
