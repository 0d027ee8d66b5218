import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CorrectProbationDto, HireLeftDto, HireResponse } from '@referrals/contracts';
import { addMonthsToCalendarDate, noBonusReasonOf } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import type { BonusEntity } from '../bonuses/entities/bonus.entity';
import { BonusesService } from '../bonuses/bonuses.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { HireEntity } from './entities/hire.entity';

export interface HireToRecord {
  application: { id: string; candidateId: string };
  vacancy: { id: string; department: string; bonusAmountMinor: number; bonusCurrency: string; bonusAtHirePercent: number; probationMonths: number };
  referral: { id: string; creditedReferrerId: string; noBonusReason: 'hiring_manager_own_vacancy' | null } | null;
  startDate: string;
  actorId: string;
  now: Date;
}

/** Hires: when a candidate starts, when probation ends, and the bonus that waits for it. */
@Injectable()
export class HiresService {
  constructor(
    private readonly bonuses: BonusesService,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Records the hire and creates its bonus in the mover's transaction. The unique application on `hires` and
   * the unique hire and part on `bonuses` back up the row lock the mover holds: a raced second hire fails.
   */
  async recordHire(manager: EntityManager, input: HireToRecord): Promise<{ hire: HireEntity; bonuses: BonusEntity[] }> {
    const probationEndsOn = addMonthsToCalendarDate(input.startDate, input.vacancy.probationMonths);
    const beneficiary = input.referral ? await this.users.findById(input.referral.creditedReferrerId) : null;
    const noBonusReason = input.referral
      ? noBonusReasonOf({
          referralNoBonusReason: input.referral.noBonusReason,
          referrerRoles: beneficiary?.roles ?? [],
          excludeRecruitersAndHr: await this.settings.get('excludeRecruitersAndHrFromBonuses'),
          vacancyBonusMinor: input.vacancy.bonusAmountMinor,
        })
      : null;
    const hire = await manager.getRepository(HireEntity).save({
      applicationId: input.application.id,
      candidateId: input.application.candidateId,
      vacancyId: input.vacancy.id,
      referralId: input.referral?.id ?? null,
      startDate: input.startDate,
      probationEndsOn,
      noBonusReason,
      recordedBy: input.actorId,
      recordedAt: input.now,
    });
    await this.audit.record(
      {
        actorId: input.actorId,
        action: 'hire.recorded',
        entityType: 'hire',
        entityId: hire.id,
        after: { applicationId: input.application.id, startDate: input.startDate, probationEndsOn, noBonusReason },
      },
      manager,
    );
    let bonuses: BonusEntity[] = [];
    if (input.referral && noBonusReason === null) {
      bonuses = await this.bonuses.createForHire(manager, {
        hireId: hire.id,
        referralId: input.referral.id,
        beneficiaryId: input.referral.creditedReferrerId,
        vacancy: input.vacancy,
        startDate: input.startDate,
        probationEndsOn,
        actorId: input.actorId,
        now: input.now,
      });
    }
    return { hire, bonuses };
  }

  async forApplication(applicationId: string): Promise<HireResponse | null> {
    const hire = await this.dataSource.getRepository(HireEntity).findOneBy({ applicationId });
    return hire ? this.toResponse(this.dataSource.manager, hire) : null;
  }

  /** HR corrects the probation end (an extension, sick leave…); a bonus still waiting moves with it. */
  async correctProbation(actor: AuthenticatedUser, id: string, dto: CorrectProbationDto): Promise<HireResponse> {
    return this.dataSource.transaction(async (manager) => {
      const hire = await manager.getRepository(HireEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!hire) throw new AppError('not_found', 'No such hire.');
      if (dto.probationEndsOn < hire.startDate) {
        throw new AppError('validation_failed', 'Probation cannot end before the start date.', [
          { field: 'probationEndsOn', message: 'must not be before the start date' },
        ]);
      }
      await manager.getRepository(HireEntity).update({ id }, { probationEndsOn: dto.probationEndsOn, version: hire.version + 1 });
      await this.bonuses.moveDueDate(manager, id, dto.probationEndsOn, this.clock.now());
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'hire.probation_corrected',
          entityType: 'hire',
          entityId: id,
          before: { probationEndsOn: hire.probationEndsOn },
          after: { probationEndsOn: dto.probationEndsOn },
        },
        manager,
      );
      return this.toResponse(manager, { ...hire, probationEndsOn: dto.probationEndsOn });
    });
  }

  /**
   * Records that the hire left. Leaving during probation forfeits what is not yet approved, with the reason;
   * leaving after it changes nothing about the bonus, which was earned.
   */
  async recordLeft(actor: AuthenticatedUser, id: string, dto: HireLeftDto): Promise<HireResponse> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const hire = await manager.getRepository(HireEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!hire) throw new AppError('not_found', 'No such hire.');
      if (hire.leftOn) throw new AppError('conflict', 'This hire is already recorded as left.', undefined, { leftOn: hire.leftOn });
      if (dto.leftOn < hire.startDate) {
        throw new AppError('validation_failed', 'A hire cannot leave before starting.', [{ field: 'leftOn', message: 'must not be before the start date' }]);
      }
      const reason = dto.reason.trim();
      await manager.getRepository(HireEntity).update({ id }, { leftOn: dto.leftOn, leftReason: reason, version: hire.version + 1 });
      await this.audit.record(
        { actorId: actor.id, action: 'hire.left', entityType: 'hire', entityId: id, after: { leftOn: dto.leftOn, duringProbation: dto.leftOn <= hire.probationEndsOn } },
        manager,
      );
      if (dto.leftOn <= hire.probationEndsOn) {
        await this.bonuses.forfeitForHire(manager, id, { actorId: actor.id, reason: `Left during probation: ${reason}`, at: now });
      }
      return this.toResponse(manager, { ...hire, leftOn: dto.leftOn, leftReason: reason });
    });
  }

  private async toResponse(manager: EntityManager, hire: HireEntity): Promise<HireResponse> {
    const [bonuses, people] = await Promise.all([this.bonuses.forHires(manager, [hire.id]), this.users.peopleByIds([hire.recordedBy])]);
    // The part that waits for probation (or the whole bonus) is the one people ask about.
    const bonus = bonuses.at(-1);
    return {
      id: hire.id,
      startDate: hire.startDate,
      probationEndsOn: hire.probationEndsOn,
      recordedBy: hire.recordedBy ? (people.get(hire.recordedBy) ?? null) : null,
      recordedAt: hire.recordedAt.toISOString(),
      noBonusReason: hire.noBonusReason,
      leftOn: hire.leftOn,
      bonus: bonus ? { id: bonus.id, state: bonus.state, amountMinor: bonus.amountMinor, currency: bonus.currency } : null,
    };
  }
}
