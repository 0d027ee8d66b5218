import type { ReferralRefusal } from '@referrals/domain';
import { AppError } from '../common/app-error';

const DETAILS: Record<ReferralRefusal, string> = {
  programme_not_accepted: 'Please accept the current programme rules before referring someone.',
  self_referral: 'You cannot refer yourself.',
  active_employee: 'This person already works here, so they cannot be referred.',
  vacancy_not_open: 'This vacancy does not take referrals at the moment.',
  daily_limit: 'You have reached the number of referrals allowed in 24 hours. Please try again tomorrow.',
  rolling_limit: 'You have reached the number of referrals allowed in 30 days. Please try again later.',
  duplicate_in_vacancy: 'This candidate is already in process for this vacancy.',
  // Neutral on purpose: it must not reveal whether, by whom or where the candidate was referred.
  candidate_unavailable: 'We cannot accept a referral for this candidate at the moment.',
};

/** The problem a refused referral answers with: 429 for the limits, 422 for the rest, `reason` for the web. */
export function referralRefusedError(reason: ReferralRefusal, extensions: Record<string, unknown> = {}): AppError {
  const code = reason === 'daily_limit' || reason === 'rolling_limit' ? 'referral_limit_reached' : 'referral_refused';
  return new AppError(code, DETAILS[reason], undefined, { reason, ...extensions });
}
