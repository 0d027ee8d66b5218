import { CandidateEntity } from '../candidates/entities/candidate.entity';
import { ReferralEntity } from '../referrals/entities/referral.entity';
import { disputeReferences, type DisputeLookups, mapDisputeCase, mapMyDispute } from './dispute.mapper';
import { CreditDisputeEntity } from './entities/credit-dispute.entity';

const CLAIM_SINCE = new Date('2025-01-10T08:00:00Z');

function dispute(overrides: Partial<CreditDisputeEntity> = {}): CreditDisputeEntity {
  return Object.assign(new CreditDisputeEntity(), {
    id: 'd1',
    claimantId: 'claimant',
    candidateId: 'c1',
    vacancyId: 'v1',
    holderId: 'holder',
    holderReferralId: 'r1',
    statement: 'I introduced Kim at the meetup in March.',
    status: 'open',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    createdAt: new Date('2025-02-01T12:00:00Z'),
    ...overrides,
  });
}

const lookups: DisputeLookups = {
  candidates: new Map([
    ['c1', Object.assign(new CandidateEntity(), { id: 'c1', email: 'kim@mail.example', fullName: 'Kim de Vries', claimSince: CLAIM_SINCE })],
  ]),
  vacancies: new Map([
    ['v1', { id: 'v1', title: 'Backend developer' }],
    ['v2', { id: 'v2', title: 'Data engineer' }],
  ]),
  people: new Map([
    ['claimant', { id: 'claimant', displayName: 'Daan Jansen', email: 'daan@demo.example' }],
    ['holder', { id: 'holder', displayName: 'Emma de Vries', email: 'emma@demo.example' }],
    ['hr', { id: 'hr', displayName: 'Anna Smit', email: 'anna@demo.example' }],
  ]),
  referrals: new Map([
    [
      'r1',
      Object.assign(new ReferralEntity(), {
        id: 'r1',
        vacancyId: 'v2',
        relationship: 'friend',
        motivation: 'Kim and I studied together.',
        createdAt: new Date('2025-01-10T08:00:00Z'),
      }),
    ],
  ]),
};

describe('mapMyDispute', () => {
  it('gives the filer their claim and its outcome, and nothing about the holder', () => {
    const row = dispute({ status: 'upheld', decidedBy: 'hr', decidedAt: new Date('2025-03-01T09:00:00Z'), decisionReason: 'Earlier email.' });
    const response = mapMyDispute(row, lookups);
    expect(response).toEqual({
      id: 'd1',
      candidateEmail: 'kim@mail.example',
      vacancy: { id: 'v1', title: 'Backend developer' },
      statement: 'I introduced Kim at the meetup in March.',
      status: 'upheld',
      filedAt: '2025-02-01T12:00:00.000Z',
      decidedAt: '2025-03-01T09:00:00.000Z',
      decisionReason: 'Earlier email.',
    });
    expect(JSON.stringify(response)).not.toMatch(/holder|Emma|r1|Anna/);
  });
});

describe('mapDisputeCase', () => {
  it('shows HR the claimant and the holding referral as evidence', () => {
    const response = mapDisputeCase(dispute(), lookups);
    expect(response.candidate).toEqual({ id: 'c1', name: 'Kim de Vries', email: 'kim@mail.example' });
    expect(response.claimant).toEqual({ id: 'claimant', displayName: 'Daan Jansen', email: 'daan@demo.example' });
    expect(response.holder).toEqual({
      kind: 'referral',
      referrer: { id: 'holder', displayName: 'Emma de Vries', email: 'emma@demo.example' },
      submittedAt: '2025-01-10T08:00:00.000Z',
      vacancy: { id: 'v2', title: 'Data engineer' },
      relationship: 'friend',
      motivation: 'Kim and I studied together.',
    });
    expect(response.decidedBy).toBeNull();
  });

  it('shows a direct application as such, dated from the claim', () => {
    const response = mapDisputeCase(dispute({ holderId: null, holderReferralId: null }), lookups);
    expect(response.holder).toEqual({
      kind: 'direct_application',
      referrer: null,
      submittedAt: CLAIM_SINCE.toISOString(),
      vacancy: null,
      relationship: null,
      motivation: null,
    });
  });

  it('shows a holder whose claim rests on no referral (moved by an earlier dispute) without evidence', () => {
    const response = mapDisputeCase(dispute({ holderReferralId: null, decidedBy: 'hr' }), lookups);
    expect(response.holder).toMatchObject({ kind: 'referral', referrer: { id: 'holder' }, vacancy: null, motivation: null });
    expect(response.decidedBy).toEqual({ id: 'hr', displayName: 'Anna Smit' });
  });
});

describe('disputeReferences', () => {
  it('collects each id once and leaves out the empty ones', () => {
    const refs = disputeReferences([dispute(), dispute({ id: 'd2', holderId: null, holderReferralId: null, vacancyId: null, decidedBy: 'hr' })]);
    expect(refs).toEqual({ candidateIds: ['c1'], referralIds: ['r1'], vacancyIds: ['v1'], personIds: ['claimant', 'holder', 'hr'] });
  });
});
