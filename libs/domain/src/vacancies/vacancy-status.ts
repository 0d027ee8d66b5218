export const VACANCY_STATUSES = ['draft', 'open', 'on_hold', 'closed_filled', 'closed_cancelled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

const ALLOWED: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['open', 'closed_cancelled'],
  open: ['on_hold', 'closed_filled', 'closed_cancelled'],
  on_hold: ['open', 'closed_filled', 'closed_cancelled'],
  closed_filled: [],
  closed_cancelled: [],
};

/** draft → open ⇄ on hold → closed (filled or cancelled); closed is final. */
export function canChangeVacancyStatus(from: VacancyStatus, to: VacancyStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Only open vacancies take referrals. */
export function acceptsReferrals(status: VacancyStatus): boolean {
  return status === 'open';
}
