import type { PipelineStage, ReferralChannel, ReferralRelationship, ReferrerStatus } from '@referrals/domain';

export interface ReferralVacancyRef {
  id: string;
  title: string;
}

/** A referral as its referrer sees it: the simplified status only, never internal stages or notes. */
export interface MyReferralResponse {
  id: string;
  candidateName: string;
  vacancy: ReferralVacancyRef | null;
  status: ReferrerStatus;
  statusSince: string;
  submittedAt: string;
  /** Set when the referral counts but earns no bonus, e.g. a hiring manager's own vacancy. */
  noBonusReason: 'hiring_manager_own_vacancy' | null;
  canWithdraw: boolean;
}

export interface ReferralTimelineEntry {
  status: ReferrerStatus;
  at: string;
}

export interface ReferralDetailResponse extends MyReferralResponse {
  candidateEmail: string;
  candidatePhone: string | null;
  linkedinUrl: string | null;
  relationship: ReferralRelationship;
  motivation: string;
  channel: ReferralChannel;
  cvFileName: string | null;
  timeline: ReferralTimelineEntry[];
}

export interface PersonRef {
  id: string;
  displayName: string;
}

/** A referral as recruiting sees it in a vacancy's list. */
export interface VacancyReferralResponse {
  id: string;
  applicationId: string;
  candidate: {
    name: string;
    email: string;
    phone: string | null;
    linkedinUrl: string | null;
  };
  referrer: PersonRef;
  stage: PipelineStage;
  submittedAt: string;
  relationship: ReferralRelationship;
  motivation: string;
  channel: ReferralChannel;
  noBonusReason: 'hiring_manager_own_vacancy' | null;
  cv: { fileName: string; sizeBytes: number; mediaType: string } | null;
}
