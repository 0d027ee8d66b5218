import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../auth/role';

/** Finding colleagues to assign, e.g. a vacancy's recruiters and hiring manager. */
export class UserDirectoryQueryDto {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @IsIn(ROLES) role?: Role;
}

export interface UserDirectoryEntry {
  id: string;
  displayName: string;
  email: string;
  department: string | null;
  roles: Role[];
}
