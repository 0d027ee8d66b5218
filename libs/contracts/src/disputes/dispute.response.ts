import type { DisputeStatus, ReferralRelationship } from '@referrals/domain';
import type { PersonRef, ReferralVacancyRef } from '../referrals/referral.response';

/** A dispute as its filer sees it: never who holds the candidate. */
export interface MyDisputeResponse {
  id: string;
  candidateEmail: string;
  vacancy: ReferralVacancyRef | null;
  statement: string;
  status: DisputeStatus;
  filedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** The holder's side of a dispute: their referral's evidence, or that the candidate applied directly. */
export interface DisputeHolderSide {
  kind: 'referral' | 'direct_application';
  referrer: (PersonRef & { email: string }) | null;
  submittedAt: string;
  vacancy: ReferralVacancyRef | null;
  relationship: ReferralRelationship | null;
  motivation: string | null;
}

/** A dispute as HR sees it: both sides, visible to HR only. */
export interface DisputeCaseResponse extends MyDisputeResponse {
  candidate: { id: string; name: string; email: string };
  claimant: PersonRef & { email: string };
  holder: DisputeHolderSide | null;
  decidedBy: PersonRef | null;
}
