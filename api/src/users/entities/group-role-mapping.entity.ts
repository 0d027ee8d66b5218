import { Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@referrals/contracts';

/** Which IdP group grants which role; admins edit it, so role changes need no deploy. */
@Entity('group_role_mappings')
export class GroupRoleMappingEntity {
  @PrimaryColumn('text', { name: 'group_name' })
  groupName!: string;

  @PrimaryColumn('text')
  role!: Role;
}
