import { hasPermission, type Permission, type Role } from '@referrals/contracts';

/** Whether someone with these roles may open a screen that needs `permission` (none: every signed-in user). */
export function canAccess(roles: readonly Role[], permission: Permission | undefined): boolean {
  return permission === undefined || hasPermission(roles, permission);
}
