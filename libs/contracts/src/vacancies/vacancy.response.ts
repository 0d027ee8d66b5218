import type { EmploymentType, StageStep, VacancyStatus } from '@referrals/domain';
import type { PersonRef } from '../referrals/referral.response';

export interface VacancySummaryResponse {
  id: string;
  title: string;
  department: string;
  location: string;
  employmentType: EmploymentType;
  category: string;
  status: VacancyStatus;
  bonusAmountMinor: number;
  bonusCurrency: string;
  openedAt: string | null;
}

export interface VacancyResponse extends VacancySummaryResponse {
  description: string;
  /** The Markdown description rendered to sanitised HTML. */
  descriptionHtml: string;
  hiringManagerId: string | null;
  hiringManager: PersonRef | null;
  recruiters: PersonRef[];
  probationMonths: number;
  bonusAtHirePercent: number;
  /** The hiring steps of this vacancy, copied from the template it was given. */
  stageTemplateId: string | null;
  steps: StageStep[];
  publicApply: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VacancyFacetsResponse {
  departments: string[];
  locations: string[];
  categories: string[];
}
