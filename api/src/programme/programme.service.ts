import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CurrentProgrammeResponse,
  ProgrammeAcceptanceResponse,
  ProgrammeVersionResponse,
  ProgrammeVersionSummary,
  PublishProgrammeDto,
} from '@referrals/contracts';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { mapProgrammeSummary, mapProgrammeVersion, optionalTranslation } from './programme.mapper';
import { ProgrammeRepository } from './programme.repository';

/** Postgres' unique_violation: only reachable if something inserted a version without taking the lock. */
function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** A version number from a URL that cannot name a row (the column is a positive int4) is simply not found. */
function assertVersionNumber(version: number): void {
  if (!Number.isSafeInteger(version) || version < 1 || version > 2_147_483_647) {
    throw new AppError('not_found', 'No such version of the programme rules.');
  }
}

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly programme: ProgrammeRepository,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly outbox: NotificationOutbox,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Whether a person has accepted the current rules, for the referral submission to check inside its own
   * transaction. With no programme published at all there is nothing to accept.
   */
  async currentAcceptance(userId: string, manager?: EntityManager): Promise<{ version: number | null; accepted: boolean }> {
    const latest = await this.programme.latest(manager);
    if (!latest) return { version: null, accepted: true };
    const acceptance = await this.programme.findAcceptance(userId, latest.version, manager);
    return { version: latest.version, accepted: acceptance !== null };
  }

  async current(viewer: AuthenticatedUser): Promise<CurrentProgrammeResponse> {
    const latest = await this.programme.latest();
    if (!latest) throw new AppError('not_found', 'No programme rules have been published yet.');
    const [acceptance, people, settings] = await Promise.all([
      this.programme.findAcceptance(viewer.id, latest.version),
      this.users.peopleByIds([latest.publishedBy]),
      this.settings.getAll(),
    ]);
    return {
      ...mapProgrammeVersion(latest, people),
      acceptedAt: acceptance?.acceptedAt.toISOString() ?? null,
      limits: {
        ownershipWindowMonths: settings.ownershipWindowMonths,
        maxReferralsPerDay: settings.maxReferralsPerDay,
        maxReferralsPer30Days: settings.maxReferralsPer30Days,
        cvMaxBytes: settings.cvMaxBytes,
        defaultProbationMonths: settings.defaultProbationMonths,
      },
    };
  }

  /** Idempotent: accepting again answers with the first acceptance. Only the current version can be accepted. */
  accept(viewer: AuthenticatedUser, version: number): Promise<ProgrammeAcceptanceResponse> {
    assertVersionNumber(version);
    return this.dataSource.transaction(async (manager) => {
      await this.programme.lockForAccepting(manager);
      const target = await this.programme.findVersion(version, manager);
      if (!target) throw new AppError('not_found', 'No such version of the programme rules.');
      const latest = await this.programme.latest(manager);
      if (latest && latest.version !== version) {
        throw new AppError('conflict', 'A newer version of the programme rules has been published.', undefined, {
          currentVersion: latest.version,
        });
      }
      const acceptedAt = this.clock.now();
      const inserted = await this.programme.insertAcceptanceIfMissing(manager, { userId: viewer.id, version, acceptedAt });
      if (inserted) {
        await this.audit.record(
          { actorId: viewer.id, action: 'programme.accepted', entityType: 'programme', entityId: String(version), after: { version } },
          manager,
        );
      }
      const acceptance = await this.programme.findAcceptance(viewer.id, version, manager);
      if (!acceptance) throw new Error('The acceptance vanished inside its own transaction');
      return { version, acceptedAt: acceptance.acceptedAt.toISOString() };
    });
  }

  async publish(actor: AuthenticatedUser, dto: PublishProgrammeDto): Promise<ProgrammeVersionResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.programme.lockForPublishing(manager);
        const latest = await this.programme.latest(manager);
        const version = (latest?.version ?? 0) + 1;
        const row = await this.programme.insertVersion(manager, version, {
          rulesEn: dto.rulesEn,
          faqEn: dto.faqEn,
          rulesNl: optionalTranslation(dto.rulesNl),
          faqNl: optionalTranslation(dto.faqNl),
          changeSummary: dto.changeSummary,
          publishedBy: actor.id,
          publishedAt: this.clock.now(),
        });
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'programme.published',
            entityType: 'programme',
            entityId: String(version),
            before: latest ? { version: latest.version } : null,
            after: { version, changeSummary: dto.changeSummary },
          },
          manager,
        );
        // Everyone is bound by the new rules (and must accept them before the next referral), so everyone hears.
        await this.outbox.notifyEveryone(manager, {
          event: 'programme_updated',
          params: { version, changeSummary: dto.changeSummary },
          link: '/rules',
          key: `programme:${version}`,
        });
        return mapProgrammeVersion(row, new Map([[actor.id, { id: actor.id, displayName: actor.displayName }]]));
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', 'Someone else published a version at the same moment; please try again.');
      }
      throw error;
    }
  }

  async versions(): Promise<ProgrammeVersionSummary[]> {
    const rows = await this.programme.versionsWithAcceptedCount();
    const people = await this.users.peopleByIds(rows.map((row) => row.version.publishedBy));
    return rows.map((row) => mapProgrammeSummary(row.version, row.acceptedCount, people));
  }

  async version(version: number): Promise<ProgrammeVersionResponse> {
    assertVersionNumber(version);
    const row = await this.programme.findVersion(version);
    if (!row) throw new AppError('not_found', 'No such version of the programme rules.');
    return mapProgrammeVersion(row, await this.users.peopleByIds([row.publishedBy]));
  }
}
