import type { Role } from './role';

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export interface MeResponse {
  id: string;
  email: string;
  displayName: string;
  employeeId: string | null;
  department: string | null;
  roles: Role[];
  locale: Locale | null;
}
