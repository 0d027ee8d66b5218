import type { BonusResponse, MyBonusResponse, PersonRef } from '@referrals/contracts';
import type { AuthenticatedUser } from '../common/auth.decorators';
import type { BonusRow } from './bonuses.repository';

const person = (id: string | null, displayName: string | null): PersonRef | null => (id ? { id, displayName: displayName ?? '' } : null);

/**
 * Four eyes: HR decides, and never on a bonus they would earn, referred themselves, or whose hire they
 * recorded. Returns why not, or null when the viewer may decide.
 */
export function fourEyesObjection(viewer: AuthenticatedUser, row: BonusRow): string | null {
  if (!viewer.roles.includes('hr')) return 'Only HR approves or rejects bonuses.';
  if (viewer.id === row.beneficiaryId || viewer.id === row.submitterId) return 'You cannot decide on a bonus for your own referral.';
  if (viewer.id === row.recordedById) return 'You recorded this hire; another HR colleague decides on its bonus.';
  return null;
}

export function mapBonus(row: BonusRow, viewer: AuthenticatedUser): BonusResponse {
  return {
    id: row.id,
    version: row.version,
    state: row.state,
    part: row.part,
    amountMinor: row.amountMinor,
    currency: row.currency,
    dueOn: row.dueOn,
    beneficiary: { id: row.beneficiaryId, displayName: row.beneficiaryName, employeeId: row.beneficiaryEmployeeId, department: row.beneficiaryDepartment },
    department: row.department,
    vacancy: { id: row.vacancyId, title: row.vacancyTitle },
    candidateName: row.candidateName,
    hire: { id: row.hireId, applicationId: row.applicationId, startDate: row.startDate, probationEndsOn: row.probationEndsOn, recordedBy: person(row.recordedById, row.recordedByName) },
    decidedBy: person(row.decidedById, row.decidedByName),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    budgetOverrideReason: row.budgetOverrideReason,
    batch: row.batchId && row.batchNumber !== null ? { id: row.batchId, number: row.batchNumber } : null,
    paidAt: row.paidAt?.toISOString() ?? null,
    forfeitReason: row.forfeitReason,
    canDecide: row.state === 'eligible' && fourEyesObjection(viewer, row) === null,
  };
}

/** The referrer's view: amount, state and when to expect the next step; never who decided or the budget. */
export function mapMyBonus(row: BonusRow): MyBonusResponse {
  const waiting = row.state === 'pending_probation' || row.state === 'eligible';
  return {
    id: row.id,
    state: row.state,
    part: row.part,
    amountMinor: row.amountMinor,
    currency: row.currency,
    candidateName: row.candidateName,
    vacancyTitle: row.vacancyTitle,
    expectedOn: waiting ? row.dueOn : null,
    paidAt: row.paidAt?.toISOString() ?? null,
    reason: row.state === 'rejected' ? row.decisionComment : row.state === 'forfeited' ? row.forfeitReason : null,
  };
}
