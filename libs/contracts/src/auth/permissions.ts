import type { Role } from './role';

/**
 * The one permission map: the API's `@RequirePermission` decorator and the web's navigation both read it,
 * so a screen is shown exactly when its endpoints would answer.
 */
export const PERMISSIONS = {
  referCandidates: ['employee'],
  manageVacancies: ['recruiter', 'admin'],
  /** The Pipeline area: boards and candidates; hiring managers read and comment on their own vacancies only. */
  runPipeline: ['recruiter', 'hiring_manager'],
  /** Moving candidates between steps, hiring and assigning: recruiting's work. */
  moveCandidates: ['recruiter'],
  /** The step templates and reject reasons every board uses. */
  manageStageTemplates: ['recruiter', 'admin'],
  /** HR corrects a hire's probation end, which the bonus follows. */
  correctHires: ['hr'],
  /** Recording that an employee left the company (which may forfeit bonuses not yet earned). */
  recordLeavers: ['hr', 'admin'],
  /** Candidate data and CVs: recruiting and HR only (hiring managers for their own vacancies). */
  viewCandidates: ['recruiter', 'hiring_manager', 'hr'],
  /** Referrals without a vacancy, which recruiting places: not for hiring managers, who see their own vacancies only. */
  viewGeneralReferrals: ['recruiter', 'hr'],
  manageProgramme: ['hr'],
  approveBonuses: ['hr'],
  viewAnalytics: ['hr', 'admin'],
  manageSettings: ['admin', 'hr'],
  manageUsers: ['admin'],
  readAudit: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
