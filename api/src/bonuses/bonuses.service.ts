import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  BONUS_STATES_FOLLOWING_CREDIT,
  calendarDateIn,
  FORFEITABLE_BONUS_STATES,
  hireBonusAmountMinor,
  planBonusParts,
} from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { SettingsService } from '../settings/settings.service';
import { BonusTransitions } from './bonus-transitions';
import { BonusEntity } from './entities/bonus.entity';
import { BonusEventEntity } from './entities/bonus-event.entity';

export const MARK_BONUSES_ELIGIBLE_JOB = 'bonuses.mark-eligible';

export interface BonusForHire {
  hireId: string;
  referralId: string;
  beneficiaryId: string;
  vacancy: { id: string; department: string; bonusAmountMinor: number; bonusCurrency: string; bonusAtHirePercent: number };
  startDate: string;
  probationEndsOn: string;
  actorId: string;
  now: Date;
}

/** The bonuses hires create, and the changes that happen to them outside HR's decisions and payroll. */
@Injectable()
export class BonusesService {
  constructor(
    private readonly transitions: BonusTransitions,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The bonus parts a hire creates, in the hire's transaction. The referrer's hires of the year are counted
   * under a lock on that referrer, so two hires recorded at once cannot both be "second" and both miss the
   * tier extra.
   */
  async createForHire(manager: EntityManager, input: BonusForHire): Promise<BonusEntity[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('bonus-tier'), hashtext($1))`, [input.beneficiaryId]);
    const year = Number(input.startDate.slice(0, 4));
    const [{ hires }]: { hires: number }[] = await manager.query(
      `SELECT count(DISTINCT b.hire_id)::int AS hires
         FROM bonuses b JOIN hires h ON h.id = b.hire_id
        WHERE b.beneficiary_id = $1 AND b.state NOT IN ('forfeited', 'rejected')
          AND h.start_date >= make_date($2, 1, 1) AND h.start_date < make_date($2 + 1, 1, 1)`,
      [input.beneficiaryId, year],
    );
    const settings = await this.settings.getAll();
    const totalMinor = hireBonusAmountMinor({
      vacancyBonusMinor: input.vacancy.bonusAmountMinor,
      hireNumberInYear: hires + 1,
      tierExtraFromHireNumber: settings.tierExtraFromHireNumber,
      tierExtraAmountMinor: settings.tierExtraAmountMinor,
    });
    const parts = planBonusParts({
      totalMinor,
      atHirePercent: input.vacancy.bonusAtHirePercent,
      startDate: input.startDate,
      probationEndsOn: input.probationEndsOn,
    });
    const created: BonusEntity[] = [];
    for (const part of parts) {
      const bonus = await manager.getRepository(BonusEntity).save({
        hireId: input.hireId,
        referralId: input.referralId,
        beneficiaryId: input.beneficiaryId,
        vacancyId: input.vacancy.id,
        department: input.vacancy.department,
        part: part.part,
        amountMinor: part.amountMinor,
        currency: input.vacancy.bonusCurrency,
        state: 'pending_probation',
        dueOn: part.dueOn,
        createdAt: input.now,
        updatedAt: input.now,
      });
      await manager.getRepository(BonusEventEntity).insert({
        bonusId: bonus.id,
        actorId: input.actorId,
        fromState: null,
        toState: 'pending_probation',
        reason: null,
        occurredAt: input.now,
      });
      await this.audit.record(
        {
          actorId: input.actorId,
          action: 'bonus.created',
          entityType: 'bonus',
          entityId: bonus.id,
          after: { hireId: input.hireId, part: part.part, amountMinor: part.amountMinor, currency: bonus.currency, dueOn: part.dueOn, hireNumberInYear: hires + 1 },
        },
        manager,
      );
      // On its due day the part becomes eligible; the hourly sweep is the safety net for this one-off run.
      await this.jobs.sendWhenRunning(MARK_BONUSES_ELIGIBLE_JOB, {}, { startAfter: new Date(`${part.dueOn}T00:00:00Z`), singletonKey: part.dueOn });
      created.push(bonus);
    }
    return created;
  }

  forHires(manager: EntityManager, hireIds: readonly string[]): Promise<BonusEntity[]> {
    if (hireIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(BonusEntity).find({ where: { hireId: In([...hireIds]) }, order: { dueOn: 'ASC' } });
  }

  /** A corrected probation end moves the part that waits for it. */
  async moveDueDate(manager: EntityManager, hireId: string, dueOn: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE bonuses SET due_on = $2, updated_at = $3, version = version + 1
        WHERE hire_id = $1 AND state = 'pending_probation' AND part <> 'at_hire'`,
      [hireId, dueOn, now],
    );
  }

  /**
   * Makes every pending part whose day has come (in the company's time zone) eligible, each with its event.
   * Safe to run any number of times and in several processes at once: a part is taken only while it is still
   * pending, under its row lock, so it becomes eligible exactly once.
   */
  async markDueBonusesEligible(): Promise<{ madeEligible: number }> {
    const now = this.clock.now();
    const today = calendarDateIn(await this.settings.get('companyTimeZone'), now);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(BonusEntity)
        .createQueryBuilder('b')
        .where(`b.state = 'pending_probation' AND b.due_on <= :today`, { today })
        .orderBy('b.due_on')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const bonus of due) {
        await this.transitions.apply(manager, bonus, { to: 'eligible', actorId: null, reason: null, at: now });
      }
      return { madeEligible: due.length };
    });
  }

  /** Forfeits what the hire has not earned yet, e.g. when the hire left during probation. */
  async forfeitForHire(manager: EntityManager, hireId: string, input: { actorId: string; reason: string; at: Date }): Promise<number> {
    const open = await manager
      .getRepository(BonusEntity)
      .find({ where: { hireId, state: In([...FORFEITABLE_BONUS_STATES]) }, lock: { mode: 'pessimistic_write' } });
    for (const bonus of open) {
      await this.transitions.apply(manager, bonus, { to: 'forfeited', actorId: input.actorId, reason: input.reason, at: input.at, changes: { forfeitReason: input.reason } });
    }
    return open.length;
  }

  /** Forfeits what a referrer who left had not earned yet. */
  async forfeitForBeneficiary(manager: EntityManager, beneficiaryId: string, input: { actorId: string; reason: string; at: Date }): Promise<number> {
    const open = await manager
      .getRepository(BonusEntity)
      .find({ where: { beneficiaryId, state: In([...FORFEITABLE_BONUS_STATES]) }, lock: { mode: 'pessimistic_write' } });
    for (const bonus of open) {
      await this.transitions.apply(manager, bonus, { to: 'forfeited', actorId: input.actorId, reason: input.reason, at: input.at, changes: { forfeitReason: input.reason } });
    }
    return open.length;
  }

  /** A credit-dispute decision: bonuses of these referrals not yet in a payroll batch go to the new owner. */
  async followCredit(manager: EntityManager, referralIds: readonly string[], toUserId: string, input: { actorId: string; at: Date }): Promise<number> {
    if (referralIds.length === 0) return 0;
    const moving = await manager
      .getRepository(BonusEntity)
      .find({ where: { referralId: In([...referralIds]), state: In([...BONUS_STATES_FOLLOWING_CREDIT]) }, lock: { mode: 'pessimistic_write' } });
    for (const bonus of moving) {
      if (bonus.beneficiaryId === toUserId) continue;
      await manager.getRepository(BonusEntity).update({ id: bonus.id }, { beneficiaryId: toUserId, version: bonus.version + 1, updatedAt: input.at });
      await this.audit.record(
        { actorId: input.actorId, action: 'bonus.credit_moved', entityType: 'bonus', entityId: bonus.id, before: { beneficiaryId: bonus.beneficiaryId }, after: { beneficiaryId: toUserId } },
        manager,
      );
    }
    return moving.length;
  }
}
