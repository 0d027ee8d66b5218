/** Roles a person can hold; several at once. Everyone who signs in is at least an employee. */
export const ROLES = ['employee', 'recruiter', 'hiring_manager', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];
