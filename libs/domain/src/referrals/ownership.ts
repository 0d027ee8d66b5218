import { addMonths } from '../time/add-months';

export interface CandidateClaim {
  /** Who holds the claim: the owning referrer, or null for a direct application. */
  holderId: string | null;
  since: Date;
}

/** A referral or direct application keeps its claim on the candidate for the ownership window. */
export function isWithinOwnershipWindow(since: Date, now: Date, windowMonths: number): boolean {
  return now.getTime() < addMonths(since, windowMonths).getTime();
}

/** The claim that blocks `referrerId`, if any: someone else's referral, or a direct application, still in its window. */
export function blockingClaim(
  claim: CandidateClaim | null,
  referrerId: string,
  now: Date,
  windowMonths: number,
): CandidateClaim | null {
  if (!claim || claim.holderId === referrerId) return null;
  return isWithinOwnershipWindow(claim.since, now, windowMonths) ? claim : null;
}
