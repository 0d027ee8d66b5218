import { canChangeVacancyStatus, VACANCY_STATUSES, type VacancyStatus } from '@referrals/domain';

export interface VacancyStatusAction {
  readonly to: VacancyStatus;
  /** Translation key of the button, which depends on where the vacancy comes from ("Publish" vs "Reopen"). */
  readonly labelKey: string;
  /** Closing is final, so it is confirmed first. */
  readonly confirm: boolean;
}

function labelKey(from: VacancyStatus, to: VacancyStatus): string {
  if (to === 'open') return from === 'draft' ? 'vacancies.actions.publish' : 'vacancies.actions.reopen';
  return `vacancies.actions.${to}`;
}

/** The status moves the lifecycle allows from here, in lifecycle order; the API enforces the same rule. */
export function vacancyStatusActions(from: VacancyStatus): VacancyStatusAction[] {
  return VACANCY_STATUSES.filter((to) => canChangeVacancyStatus(from, to)).map((to) => ({
    to,
    labelKey: labelKey(from, to),
    confirm: to === 'closed_filled' || to === 'closed_cancelled',
  }));
}
