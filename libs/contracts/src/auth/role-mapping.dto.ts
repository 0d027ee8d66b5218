import { ArrayMaxSize, IsArray, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ROLES, type Role } from './role';

export class GroupRoleMappingDto {
  /** The group name exactly as the IdP sends it in the groups attribute. */
  @IsString()
  @Length(1, 200)
  group!: string;

  @IsIn(ROLES)
  role!: Role;
}

export class ReplaceRoleMappingsDto {
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupRoleMappingDto)
  mappings!: GroupRoleMappingDto[];
}

export interface GroupRoleMappingResponse {
  group: string;
  role: Role;
}
