export interface GroupRoleRule<R extends string> {
  group: string;
  role: R;
}

/**
 * Roles a person gets from the groups in their SSO assertion. Everyone keeps the base role, so signing in
 * always gives at least the employee's view; group names compare exactly, as IdPs send them.
 */
export function rolesFromGroups<R extends string>(
  groups: readonly string[],
  rules: readonly GroupRoleRule<R>[],
  baseRole: R,
): R[] {
  const memberOf = new Set(groups);
  const roles = new Set<R>([baseRole]);
  for (const rule of rules) if (memberOf.has(rule.group)) roles.add(rule.role);
  return [...roles];
}
