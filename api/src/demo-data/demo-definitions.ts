import type { EmploymentType, PipelineStage, ReferralChannel, ReferralRelationship, VacancyStatus } from '@referrals/domain';

/**
 * The shapes the demo company is written in. Times are whole days before the moment of seeding, so the
 * portal looks equally lived-in whenever it is first started.
 */

export interface DemoPerson {
  key: string;
  email: string;
  displayName: string;
  employeeId: string;
  department: string;
  /** As an IdP would send them; roles follow from the group → role mapping. */
  groups: string[];
}

export interface DemoVacancy {
  key: string;
  /** The language the ad is written in. */
  language: 'en' | 'nl';
  title: string;
  department: string;
  location: string;
  employmentType: EmploymentType;
  category: string;
  /** The ad in Markdown. */
  description: string;
  status: VacancyStatus;
  bonusEuros: number;
  probationMonths: number;
  publicApply: boolean;
  /** Person keys; the first one moves the candidates through the pipeline. */
  recruiters: string[];
  hiringManager: string | null;
  createdDaysAgo: number;
  /** Absent for drafts. */
  openedDaysAgo?: number;
  /** Only for closed vacancies. */
  closedDaysAgo?: number;
}

export interface DemoCandidate {
  key: string;
  fullName: string;
  email: string;
  phoneE164: string | null;
}

export interface DemoMove {
  to: PipelineStage;
  /** Days after the previous move (or the referral). */
  afterDays: number;
  /** Required for rejected and withdrawn. */
  reason?: string;
}

export interface DemoReferral {
  referrer: string;
  candidate: string;
  /** null: a general referral, not for a particular vacancy. */
  vacancy: string | null;
  relationship: ReferralRelationship;
  channel: ReferralChannel;
  motivation: string;
  referredDaysAgo: number;
  /** The moves after `new`, oldest first. */
  moves: DemoMove[];
}
