import type { Permission, Role } from '@referrals/contracts';
import { canAccess } from '../core/auth/route-access';
import type { AppIconName } from '../core/icons/app-icons';

export interface ShellArea {
  readonly id: string;
  /** Route path under the shell; '' is home. */
  readonly path: string;
  /** Translation key of the navigation label, which is also the page title. */
  readonly labelKey: string;
  readonly icon: AppIconName;
  /** Who may open it; none means every signed-in user. Read by the navigation and the route guard alike. */
  readonly permission?: Permission;
}

export const SHELL_AREAS = [
  { id: 'home', path: '', labelKey: 'nav.home', icon: 'home' },
  { id: 'vacancies', path: 'vacancies', labelKey: 'nav.vacancies', icon: 'work', permission: 'referCandidates' },
  { id: 'myReferrals', path: 'my-referrals', labelKey: 'nav.myReferrals', icon: 'people' },
  { id: 'rules', path: 'rules', labelKey: 'nav.rules', icon: 'book' },
  { id: 'pipeline', path: 'pipeline', labelKey: 'nav.pipeline', icon: 'pipeline', permission: 'runPipeline' },
  { id: 'programme', path: 'programme', labelKey: 'nav.programme', icon: 'gavel', permission: 'manageProgramme' },
  { id: 'bonuses', path: 'bonuses', labelKey: 'nav.bonuses', icon: 'payment', permission: 'approveBonuses' },
  { id: 'analytics', path: 'analytics', labelKey: 'nav.analytics', icon: 'analytics', permission: 'viewAnalytics' },
  { id: 'settings', path: 'settings', labelKey: 'nav.settings', icon: 'settings', permission: 'manageSettings' },
  { id: 'audit', path: 'audit', labelKey: 'nav.audit', icon: 'history', permission: 'readAudit' },
] as const satisfies readonly ShellArea[];

export type ShellAreaId = (typeof SHELL_AREAS)[number]['id'];

/** Areas that are real routes already but whose screens come in a later step of the roadmap. */
export const COMING_SOON_AREAS = [
  'analytics',
] as const satisfies readonly ShellAreaId[];

export type ComingSoonAreaId = (typeof COMING_SOON_AREAS)[number];

export function shellArea(id: ShellAreaId): ShellArea {
  const area = SHELL_AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown shell area ${id}`);
  return area;
}

/** The navigation entries someone with these roles sees, in menu order. */
export function visibleAreas(roles: readonly Role[]): ShellArea[] {
  return SHELL_AREAS.filter((area: ShellArea) => canAccess(roles, area.permission));
}

export function areaLink(area: ShellArea): string {
  return `/${area.path}`;
}
