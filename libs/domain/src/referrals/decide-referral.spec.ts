import { decideReferral, type ReferralFacts, type ReferralRuleSettings } from './decide-referral';

const now = new Date('2026-11-25T12:00:00Z');
const settings: ReferralRuleSettings = {
  ownershipWindowMonths: 12,
  maxReferralsPerDay: 10,
  maxReferralsPer30Days: 30,
  flagHiringManagerOwnVacancy: true,
};
const facts = (overrides: Partial<ReferralFacts> = {}): ReferralFacts => ({
  referrerId: 'emma',
  referrerEmail: 'emma@company.example',
  candidateEmail: 'kim@mail.example',
  candidateIsActiveEmployee: false,
  hasAcceptedCurrentRules: true,
  vacancyStatus: 'open',
  referrerManagesVacancy: false,
  candidateInProcessForVacancy: false,
  claim: null,
  referralsLastDay: 0,
  referralsLast30Days: 0,
  ...overrides,
});

describe('decideReferral', () => {
  it('accepts a first referral and makes the referrer the owner', () => {
    expect(decideReferral(facts(), settings, now)).toEqual({ accepted: true, noBonusReason: null, becomesOwner: true });
  });

  it.each([
    ['the rules are not accepted', { hasAcceptedCurrentRules: false }, 'programme_not_accepted'],
    ['referring yourself', { candidateEmail: 'emma@company.example' }, 'self_referral'],
    ['referring an active employee', { candidateIsActiveEmployee: true }, 'active_employee'],
    ['a vacancy on hold', { vacancyStatus: 'on_hold' }, 'vacancy_not_open'],
    ['a draft vacancy', { vacancyStatus: 'draft' }, 'vacancy_not_open'],
    ['the 11th referral in a day', { referralsLastDay: 10 }, 'daily_limit'],
    ['the 31st referral in 30 days', { referralsLastDay: 2, referralsLast30Days: 30 }, 'rolling_limit'],
    [
      'their own candidate already in process for the vacancy',
      { candidateInProcessForVacancy: true, claim: { holderId: 'emma', since: new Date('2026-06-01T00:00:00Z') } },
      'duplicate_in_vacancy',
    ],
    [
      "someone else's candidate in process for the vacancy, neutrally, even after the window",
      { candidateInProcessForVacancy: true, claim: { holderId: 'daan', since: new Date('2024-01-01T00:00:00Z') } },
      'candidate_unavailable',
    ],
    [
      "someone else's candidate inside the window, neutrally, even in the same vacancy",
      { candidateInProcessForVacancy: true, claim: { holderId: 'daan', since: new Date('2026-06-01T00:00:00Z') } },
      'candidate_unavailable',
    ],
    [
      "someone else's candidate inside the window",
      { claim: { holderId: 'daan', since: new Date('2026-01-01T00:00:00Z') } },
      'candidate_unavailable',
    ],
    [
      'a candidate who applied directly inside the window',
      { claim: { holderId: null, since: new Date('2026-10-01T00:00:00Z') } },
      'candidate_unavailable',
    ],
  ] as const)('refuses %s', (_case, overrides, refusal) => {
    expect(decideReferral(facts(overrides as Partial<ReferralFacts>), settings, now)).toEqual({ accepted: false, refusal });
  });

  it("accepts someone else's candidate once the window has passed, and takes over ownership", () => {
    const decision = decideReferral(facts({ claim: { holderId: 'daan', since: new Date('2025-11-25T12:00:00Z') } }), settings, now);
    expect(decision).toEqual({ accepted: true, noBonusReason: null, becomesOwner: true });
  });

  it('refuses one second before the window ends', () => {
    const since = new Date('2025-11-25T12:00:01Z');
    expect(decideReferral(facts({ claim: { holderId: 'daan', since } }), settings, now).accepted).toBe(false);
  });

  it('lets the owner refer their own candidate to another vacancy, keeping the original claim', () => {
    const decision = decideReferral(facts({ claim: { holderId: 'emma', since: new Date('2026-06-01T00:00:00Z') } }), settings, now);
    expect(decision).toEqual({ accepted: true, noBonusReason: null, becomesOwner: false });
  });

  it("flags a hiring manager's referral into their own vacancy as earning no bonus", () => {
    expect(decideReferral(facts({ referrerManagesVacancy: true }), settings, now)).toMatchObject({
      accepted: true,
      noBonusReason: 'hiring_manager_own_vacancy',
    });
    expect(decideReferral(facts({ referrerManagesVacancy: true }), { ...settings, flagHiringManagerOwnVacancy: false }, now)).toMatchObject({
      noBonusReason: null,
    });
  });

  it('accepts a general referral without a vacancy', () => {
    expect(decideReferral(facts({ vacancyStatus: null }), settings, now).accepted).toBe(true);
  });
});
