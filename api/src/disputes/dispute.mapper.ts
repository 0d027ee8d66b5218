import type {
  DisputeCaseResponse,
  DisputeHolderSide,
  MyDisputeResponse,
  PersonRef,
  ReferralVacancyRef,
} from '@referrals/contracts';
import type { CandidateEntity } from '../candidates/entities/candidate.entity';
import type { ReferralEntity } from '../referrals/entities/referral.entity';
import type { CreditDisputeEntity } from './entities/credit-dispute.entity';

export interface DisputePerson {
  id: string;
  displayName: string;
  email: string;
}

/** Everything a page of disputes refers to, loaded beside it by id lists. */
export interface DisputeLookups {
  candidates: Map<string, CandidateEntity>;
  vacancies: Map<string, ReferralVacancyRef>;
  people: Map<string, DisputePerson>;
  referrals: Map<string, ReferralEntity>;
}

function vacancyRef(id: string | null, vacancies: Map<string, ReferralVacancyRef>): ReferralVacancyRef | null {
  if (!id) return null;
  return vacancies.get(id) ?? { id, title: '' };
}

function person(id: string, people: Map<string, DisputePerson>): DisputePerson {
  const found = people.get(id);
  return found ? { id: found.id, displayName: found.displayName, email: found.email } : { id, displayName: '', email: '' };
}

function personRef(id: string, people: Map<string, DisputePerson>): PersonRef {
  return { id, displayName: people.get(id)?.displayName ?? '' };
}

/**
 * The filer's view. It is built from the dispute's own fields only, so it cannot carry anything about the
 * person holding the candidate.
 */
export function mapMyDispute(
  row: CreditDisputeEntity,
  lookups: Pick<DisputeLookups, 'candidates' | 'vacancies'>,
): MyDisputeResponse {
  return {
    id: row.id,
    candidateEmail: lookups.candidates.get(row.candidateId)?.email ?? '',
    vacancy: vacancyRef(row.vacancyId, lookups.vacancies),
    statement: row.statement,
    status: row.status,
    filedAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
  };
}

/** The claim the dispute was filed against: the holder's referral as evidence, or a direct application. */
function holderSide(row: CreditDisputeEntity, lookups: DisputeLookups): DisputeHolderSide {
  const candidate = lookups.candidates.get(row.candidateId);
  const claimedAt = (candidate?.claimSince ?? row.createdAt).toISOString();
  if (!row.holderId) {
    return { kind: 'direct_application', referrer: null, submittedAt: claimedAt, vacancy: null, relationship: null, motivation: null };
  }
  const referral = row.holderReferralId ? lookups.referrals.get(row.holderReferralId) : undefined;
  return {
    kind: 'referral',
    referrer: person(row.holderId, lookups.people),
    submittedAt: referral?.createdAt.toISOString() ?? claimedAt,
    vacancy: vacancyRef(referral?.vacancyId ?? null, lookups.vacancies),
    relationship: referral?.relationship ?? null,
    motivation: referral?.motivation ?? null,
  };
}

/** HR's view: both sides of the dispute. */
export function mapDisputeCase(row: CreditDisputeEntity, lookups: DisputeLookups): DisputeCaseResponse {
  const candidate = lookups.candidates.get(row.candidateId);
  return {
    ...mapMyDispute(row, lookups),
    candidate: { id: row.candidateId, name: candidate?.fullName ?? '', email: candidate?.email ?? '' },
    claimant: person(row.claimantId, lookups.people),
    holder: holderSide(row, lookups),
    decidedBy: row.decidedBy ? personRef(row.decidedBy, lookups.people) : null,
  };
}

/** The ids a page of disputes refers to, so each kind is loaded with one query. */
export function disputeReferences(rows: readonly CreditDisputeEntity[]): {
  candidateIds: string[];
  referralIds: string[];
  vacancyIds: string[];
  personIds: string[];
} {
  const ids = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  return {
    candidateIds: ids(rows.map((row) => row.candidateId)),
    referralIds: ids(rows.map((row) => row.holderReferralId)),
    vacancyIds: ids(rows.map((row) => row.vacancyId)),
    personIds: ids(rows.flatMap((row) => [row.claimantId, row.holderId, row.decidedBy])),
  };
}
