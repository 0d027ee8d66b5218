import { hireBonusAmountMinor, noBonusReasonOf } from './hire-bonus';

describe('hireBonusAmountMinor', () => {
  const tier = { tierExtraFromHireNumber: 3, tierExtraAmountMinor: 25_000 };

  it('pays the vacancy amount for the first and second hire of the year', () => {
    expect(hireBonusAmountMinor({ vacancyBonusMinor: 150_000, hireNumberInYear: 1, ...tier })).toBe(150_000);
    expect(hireBonusAmountMinor({ vacancyBonusMinor: 150_000, hireNumberInYear: 2, ...tier })).toBe(150_000);
  });

  it('adds the tier extra from the third hire on', () => {
    expect(hireBonusAmountMinor({ vacancyBonusMinor: 150_000, hireNumberInYear: 3, ...tier })).toBe(175_000);
    expect(hireBonusAmountMinor({ vacancyBonusMinor: 150_000, hireNumberInYear: 7, ...tier })).toBe(175_000);
  });
});

describe('noBonusReasonOf', () => {
  const base = { referralNoBonusReason: null, referrerRoles: ['employee'], excludeRecruitersAndHr: true, vacancyBonusMinor: 100_000 };

  it('earns a bonus for an ordinary employee', () => {
    expect(noBonusReasonOf(base)).toBeNull();
  });

  it('keeps the reason recorded on the referral', () => {
    expect(noBonusReasonOf({ ...base, referralNoBonusReason: 'hiring_manager_own_vacancy' })).toBe('hiring_manager_own_vacancy');
  });

  it('excludes recruiters and HR only while the setting says so', () => {
    expect(noBonusReasonOf({ ...base, referrerRoles: ['employee', 'recruiter'] })).toBe('recruiting_or_hr_referrer');
    expect(noBonusReasonOf({ ...base, referrerRoles: ['employee', 'hr'] })).toBe('recruiting_or_hr_referrer');
    expect(noBonusReasonOf({ ...base, referrerRoles: ['employee', 'hr'], excludeRecruitersAndHr: false })).toBeNull();
  });

  it('creates no bonus on a vacancy without one', () => {
    expect(noBonusReasonOf({ ...base, vacancyBonusMinor: 0 })).toBe('no_bonus_on_vacancy');
  });
});
