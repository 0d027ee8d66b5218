import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { normaliseEmail, rolesFromGroups } from '@referrals/domain';
import { isEssentialNotification } from '@referrals/contracts';
import type {
  GroupRoleMappingResponse,
  Locale,
  MeResponse,
  NotificationEvent,
  PersonRef,
  Role,
  UserDirectoryEntry,
  UserDirectoryQueryDto,
} from '@referrals/contracts';
import { AuditService } from '../audit/audit.service';
import { GroupRoleMappingEntity } from './entities/group-role-mapping.entity';
import { UserEntity } from './entities/user.entity';

/** What the SSO assertion says about a person; the IdP is the source of truth for these fields. */
export interface SsoIdentity {
  email: string;
  displayName: string;
  employeeId: string | null;
  department: string | null;
  groups: string[];
}

export function mapMe(user: UserEntity): MeResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    employeeId: user.employeeId,
    department: user.department,
    roles: user.roles,
    locale: user.locale,
  };
}

const SYNCED_FIELDS = ['displayName', 'employeeId', 'department', 'groups', 'roles'] as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(GroupRoleMappingEntity) private readonly mappings: Repository<GroupRoleMappingEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Marks someone as gone: they can no longer sign in, and their open sessions end at their next request. */
  async deactivate(manager: EntityManager, id: string): Promise<UserEntity | null> {
    const user = await manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (user?.active) await manager.getRepository(UserEntity).update({ id }, { active: false });
    return user;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length === 0 ? Promise.resolve([]) : this.users.findBy({ id: In(unique) });
  }

  /** Names for a set of people in one query, keyed by id. */
  async peopleByIds(ids: readonly (string | null)[]): Promise<Map<string, PersonRef>> {
    const users = await this.findByIds(ids.filter((id): id is string => id !== null));
    return new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName }]));
  }

  /** Everyone still with the company who has a role, e.g. the recruiting team for a general referral. */
  async activeIdsWithRole(role: Role, manager?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await (manager ?? this.dataSource).query(`SELECT id FROM users WHERE active AND $1 = ANY(roles)`, [role]);
    return rows.map((row) => row.id);
  }

  /** Whether an email belongs to a current colleague: they cannot be referred as a candidate. */
  async isActiveEmployeeEmail(email: string, manager?: EntityManager): Promise<boolean> {
    const repository = manager?.getRepository(UserEntity) ?? this.users;
    return repository.exists({ where: { email: normaliseEmail(email), active: true } });
  }

  /** Active colleagues by name or email, optionally with a role, for pickers. */
  async directory(query: UserDirectoryQueryDto): Promise<UserDirectoryEntry[]> {
    const builder = this.users.createQueryBuilder('u').where('u.active = true');
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    const text = query.q?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(u.display_name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    const rows = await builder.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').limit(50).getMany();
    return rows.map((user) => ({
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      department: user.department,
      roles: user.roles,
    }));
  }

  /**
   * Creates the person on first sign-in and refreshes their profile and roles on every later one, in one
   * transaction with its audit entry.
   */
  async upsertFromSso(identity: SsoIdentity, now: Date): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const rules = await manager.getRepository(GroupRoleMappingEntity).find();
      const roles = rolesFromGroups<Role>(
        identity.groups,
        rules.map((rule) => ({ group: rule.groupName, role: rule.role })),
        'employee',
      );
      const email = normaliseEmail(identity.email);
      const repository = manager.getRepository(UserEntity);
      const incoming = {
        displayName: identity.displayName,
        employeeId: identity.employeeId,
        department: identity.department,
        groups: identity.groups,
        roles,
      };
      // ON CONFLICT DO NOTHING plus a row lock: two simultaneous first logins of one person make one user.
      const inserted = await repository
        .createQueryBuilder()
        .insert()
        .values({ email, ...incoming, lastLoginAt: now })
        .orIgnore()
        .returning('id')
        .execute();
      const existing = await repository.findOneOrFail({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (inserted.raw.length > 0) {
        await this.audit.record(
          { actorId: existing.id, action: 'user.created', entityType: 'user', entityId: existing.id, after: incoming },
          manager,
        );
        return existing;
      }
      const changed = SYNCED_FIELDS.filter((field) => JSON.stringify(existing[field]) !== JSON.stringify(incoming[field]));
      await repository.update({ id: existing.id }, { ...incoming, lastLoginAt: now });
      if (changed.length > 0) {
        await this.audit.record(
          {
            actorId: existing.id,
            action: 'user.synced_from_sso',
            entityType: 'user',
            entityId: existing.id,
            before: Object.fromEntries(changed.map((field) => [field, existing[field]])),
            after: Object.fromEntries(changed.map((field) => [field, incoming[field]])),
          },
          manager,
        );
      }
      return repository.findOneByOrFail({ id: existing.id });
    });
  }

  async setLocale(userId: string, locale: Locale): Promise<UserEntity> {
    await this.users.update({ id: userId }, { locale });
    return this.users.findOneByOrFail({ id: userId });
  }

  /** The person's language and the mails they switched off; essential mails cannot be switched off. */
  async setNotificationPreferences(userId: string, locale: Locale, emailOff: readonly NotificationEvent[]): Promise<UserEntity> {
    const optional = [...new Set(emailOff)].filter((event) => !isEssentialNotification(event)).sort();
    await this.users.update({ id: userId }, { locale, emailOff: optional });
    return this.users.findOneByOrFail({ id: userId });
  }

  async listRoleMappings(): Promise<GroupRoleMappingResponse[]> {
    const rows = await this.mappings.find({ order: { groupName: 'ASC', role: 'ASC' } });
    return rows.map((row) => ({ group: row.groupName, role: row.role }));
  }

  /** Replaces the whole mapping at once; it takes effect at each person's next sign-in. */
  async replaceRoleMappings(actorId: string, mappings: GroupRoleMappingResponse[]): Promise<GroupRoleMappingResponse[]> {
    const before = await this.listRoleMappings();
    const unique = [...new Map(mappings.map((m) => [`${m.group}\u0000${m.role}`, m])).values()];
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(GroupRoleMappingEntity);
      await repository.createQueryBuilder().delete().execute();
      if (unique.length > 0) await repository.insert(unique.map((m) => ({ groupName: m.group, role: m.role })));
      await this.audit.record(
        { actorId, action: 'role_mappings.replaced', entityType: 'role_mappings', before, after: unique },
        manager,
      );
    });
    return this.listRoleMappings();
  }
}
