import type { CurrentProgrammeResponse, DisputeCaseResponse } from '@referrals/contracts';

/** Test data shaped exactly as the API answers. */
export function currentProgramme(overrides: Partial<CurrentProgrammeResponse> = {}): CurrentProgrammeResponse {
  return {
    version: 3,
    rules: {
      en: { markdown: '# Rules\n\n## Who can take part', html: '<h1>Rules</h1><h2>Who can take part</h2><p>Everyone.</p>' },
      nl: { markdown: '# Regels\n\n## Wie doet er mee', html: '<h1>Regels</h1><h2>Wie doet er mee</h2><p>Iedereen.</p>' },
    },
    faq: {
      en: { markdown: '## When is the bonus paid?', html: '<h2>When is the bonus paid?</h2><p>After probation.</p>' },
      nl: { markdown: '## When is the bonus paid?', html: '<h2>When is the bonus paid?</h2><p>After probation.</p>' },
    },
    changeSummary: 'Limits per day lowered to 10.',
    publishedAt: '2025-03-01T09:00:00.000Z',
    publishedBy: { id: 'u-anna', displayName: 'Anna Smit' },
    acceptedAt: null,
    limits: {
      ownershipWindowMonths: 12,
      maxReferralsPerDay: 10,
      maxReferralsPer30Days: 30,
      cvMaxBytes: 10 * 1024 * 1024,
      defaultProbationMonths: 2,
    },
    ...overrides,
  };
}

export function disputeCase(overrides: Partial<DisputeCaseResponse> = {}): DisputeCaseResponse {
  return {
    id: 'd-1',
    candidateEmail: 'jan@example.com',
    vacancy: { id: 'v-1', title: 'Backend developer' },
    statement: 'I introduced Jan at the meetup in Utrecht on 3 February.',
    status: 'open',
    filedAt: '2025-03-05T10:00:00.000Z',
    decidedAt: null,
    decisionReason: null,
    candidate: { id: 'c-1', name: 'Jan Bos', email: 'jan@example.com' },
    claimant: { id: 'u-daan', displayName: 'Daan Jansen', email: 'daan@example.com' },
    holder: {
      kind: 'referral',
      referrer: { id: 'u-emma', displayName: 'Emma de Vries', email: 'emma@example.com' },
      submittedAt: '2025-03-04T08:00:00.000Z',
      vacancy: { id: 'v-1', title: 'Backend developer' },
      relationship: 'former_colleague',
      motivation: 'Built our billing system with me for three years.',
    },
    decidedBy: null,
    ...overrides,
  };
}
