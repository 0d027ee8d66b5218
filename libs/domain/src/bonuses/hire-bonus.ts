/** Why a hire earns its referrer no bonus; null when it does. */
export type NoBonusReason = 'hiring_manager_own_vacancy' | 'recruiting_or_hr_referrer' | 'no_bonus_on_vacancy';

export interface HireBonusInput {
  vacancyBonusMinor: number;
  /** The referrer's hires in this calendar year, this one included. */
  hireNumberInYear: number;
  tierExtraFromHireNumber: number;
  tierExtraAmountMinor: number;
}

/** The bonus for a hire in minor units: the vacancy's amount, plus the tier extra from the referrer's Nth hire of the year. */
export function hireBonusAmountMinor(input: HireBonusInput): number {
  const tierExtra = input.hireNumberInYear >= input.tierExtraFromHireNumber ? input.tierExtraAmountMinor : 0;
  return input.vacancyBonusMinor + tierExtra;
}

export function noBonusReasonOf(input: {
  referralNoBonusReason: 'hiring_manager_own_vacancy' | null;
  referrerRoles: readonly string[];
  excludeRecruitersAndHr: boolean;
  vacancyBonusMinor: number;
}): NoBonusReason | null {
  if (input.referralNoBonusReason) return input.referralNoBonusReason;
  if (input.excludeRecruitersAndHr && input.referrerRoles.some((role) => role === 'recruiter' || role === 'hr')) {
    return 'recruiting_or_hr_referrer';
  }
  if (input.vacancyBonusMinor === 0) return 'no_bonus_on_vacancy';
  return null;
}
