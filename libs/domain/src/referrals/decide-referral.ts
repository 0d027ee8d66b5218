import type { VacancyStatus } from '../vacancies/vacancy-status';
import { acceptsReferrals } from '../vacancies/vacancy-status';
import { blockingClaim, type CandidateClaim } from './ownership';

/** Why a referral is refused; the web shows a translated message per reason. */
export const REFERRAL_REFUSALS = [
  'programme_not_accepted',
  'self_referral',
  'active_employee',
  'vacancy_not_open',
  'daily_limit',
  'rolling_limit',
  'duplicate_in_vacancy',
  'candidate_unavailable',
] as const;
export type ReferralRefusal = (typeof REFERRAL_REFUSALS)[number];

export interface ReferralFacts {
  referrerId: string;
  referrerEmail: string;
  candidateEmail: string;
  candidateIsActiveEmployee: boolean;
  hasAcceptedCurrentRules: boolean;
  /** null for a general referral without a vacancy. */
  vacancyStatus: VacancyStatus | null;
  referrerManagesVacancy: boolean;
  candidateInProcessForVacancy: boolean;
  /** The candidate's current claim: the owning referral or a direct application. */
  claim: CandidateClaim | null;
  referralsLastDay: number;
  referralsLast30Days: number;
}

export interface ReferralRuleSettings {
  ownershipWindowMonths: number;
  maxReferralsPerDay: number;
  maxReferralsPer30Days: number;
  flagHiringManagerOwnVacancy: boolean;
}

export type ReferralDecision =
  | { accepted: true; noBonusReason: 'hiring_manager_own_vacancy' | null; becomesOwner: boolean }
  | { accepted: false; refusal: ReferralRefusal };

/**
 * The submission rules of DOMAIN.md, in the order a person would want to hear them. An owned candidate
 * and a candidate who applied directly get the same neutral refusal, so it reveals nothing.
 */
export function decideReferral(facts: ReferralFacts, settings: ReferralRuleSettings, now: Date): ReferralDecision {
  const refuse = (refusal: ReferralRefusal): ReferralDecision => ({ accepted: false, refusal });
  if (!facts.hasAcceptedCurrentRules) return refuse('programme_not_accepted');
  if (facts.candidateEmail === facts.referrerEmail) return refuse('self_referral');
  if (facts.candidateIsActiveEmployee) return refuse('active_employee');
  if (facts.vacancyStatus !== null && !acceptsReferrals(facts.vacancyStatus)) return refuse('vacancy_not_open');
  if (facts.referralsLastDay >= settings.maxReferralsPerDay) return refuse('daily_limit');
  if (facts.referralsLast30Days >= settings.maxReferralsPer30Days) return refuse('rolling_limit');
  const ownClaim = facts.claim?.holderId === facts.referrerId;
  if (blockingClaim(facts.claim, facts.referrerId, now, settings.ownershipWindowMonths)) return refuse('candidate_unavailable');
  // "Already in process for this vacancy" is news only to the referrer who put them there; anyone else
  // hears the same neutral refusal as for an owned candidate.
  if (facts.candidateInProcessForVacancy) return refuse(ownClaim ? 'duplicate_in_vacancy' : 'candidate_unavailable');
  return {
    accepted: true,
    noBonusReason: facts.referrerManagesVacancy && settings.flagHiringManagerOwnVacancy ? 'hiring_manager_own_vacancy' : null,
    // A lapsed claim (or none) passes to this referral; the referrer's own claim keeps its start.
    becomesOwner: !ownClaim,
  };
}
