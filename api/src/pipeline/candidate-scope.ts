import { hasPermission } from '@referrals/contracts';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { seesAllCandidates, seesCandidatesOf } from '../candidates/candidate-access';
import type { CandidateScope } from './applications.repository';

export function candidateScopeOf(viewer: AuthenticatedUser): CandidateScope {
  return seesAllCandidates(viewer) ? { kind: 'all' } : { kind: 'hiringManager', userId: viewer.id };
}

/** A hiring manager asking for another manager's vacancy is refused outright, not shown an empty board. */
export function assertSeesCandidatesOf(viewer: AuthenticatedUser, vacancy: { hiringManagerId: string | null } | null): void {
  if (!seesCandidatesOf(viewer, vacancy)) throw new AppError('forbidden', 'Hiring managers see the candidates of their own vacancies only.');
}

/** What the viewer may do with a candidate they can see. */
export function pipelinePermissionsOf(viewer: AuthenticatedUser) {
  const recruiting = hasPermission(viewer.roles, 'moveCandidates');
  return {
    canMove: recruiting,
    canAssign: recruiting,
    canComment: hasPermission(viewer.roles, 'runPipeline'),
    canCorrectProbation: hasPermission(viewer.roles, 'correctHires'),
  };
}
