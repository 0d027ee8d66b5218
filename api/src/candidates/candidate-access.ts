import type { AuthenticatedUser } from '../common/auth.decorators';

/** Recruiters and HR see every vacancy's candidates; someone who is only a hiring manager sees their own vacancies'. */
export function seesAllCandidates(viewer: AuthenticatedUser): boolean {
  return viewer.roles.includes('recruiter') || viewer.roles.includes('hr');
}

/** Whether the viewer may see the candidates of a vacancy with this hiring manager (null: a general referral). */
export function seesCandidatesOf(viewer: AuthenticatedUser, vacancy: { hiringManagerId: string | null } | null): boolean {
  return seesAllCandidates(viewer) || (vacancy !== null && vacancy.hiringManagerId === viewer.id);
}
