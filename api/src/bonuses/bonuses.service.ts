import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hireBonusAmountMinor } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { SettingsService } from '../settings/settings.service';
import { BonusEntity } from './entities/bonus.entity';

export interface BonusForHire {
  hireId: string;
  referralId: string;
  beneficiaryId: string;
  vacancy: { id: string; department: string; bonusAmountMinor: number; bonusCurrency: string };
  startDate: string;
  probationEndsOn: string;
  actorId: string;
  now: Date;
}

/** What hires earn their referrers. Its lifecycle after creation is the bonus area's own. */
@Injectable()
export class BonusesService {
  constructor(
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The bonus a hire creates, due at the end of probation, in the hire's transaction. The referrer's hires of
   * the year are counted under a lock on that referrer, so two hires recorded at once cannot both be "second"
   * and both miss the tier extra.
   */
  async createForHire(manager: EntityManager, input: BonusForHire): Promise<BonusEntity> {
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
    const amountMinor = hireBonusAmountMinor({
      vacancyBonusMinor: input.vacancy.bonusAmountMinor,
      hireNumberInYear: hires + 1,
      tierExtraFromHireNumber: settings.tierExtraFromHireNumber,
      tierExtraAmountMinor: settings.tierExtraAmountMinor,
    });
    const bonus = await manager.getRepository(BonusEntity).save({
      hireId: input.hireId,
      referralId: input.referralId,
      beneficiaryId: input.beneficiaryId,
      vacancyId: input.vacancy.id,
      department: input.vacancy.department,
      part: 'whole',
      amountMinor,
      currency: input.vacancy.bonusCurrency,
      state: 'pending_probation',
      dueOn: input.probationEndsOn,
      createdAt: input.now,
      updatedAt: input.now,
    });
    await this.audit.record(
      {
        actorId: input.actorId,
        action: 'bonus.created',
        entityType: 'bonus',
        entityId: bonus.id,
        after: { hireId: input.hireId, beneficiaryId: input.beneficiaryId, amountMinor, currency: bonus.currency, dueOn: bonus.dueOn, hireNumberInYear: hires + 1 },
      },
      manager,
    );
    return bonus;
  }

  forHires(manager: EntityManager, hireIds: readonly string[]): Promise<BonusEntity[]> {
    if (hireIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(BonusEntity).createQueryBuilder('b').where('b.hire_id IN (:...hireIds)', { hireIds }).getMany();
  }

  /** A corrected probation end moves the bonuses still waiting for it. */
  async moveDueDate(manager: EntityManager, hireId: string, dueOn: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE bonuses SET due_on = $2, updated_at = $3, version = version + 1
        WHERE hire_id = $1 AND state = 'pending_probation' AND part <> 'at_hire'`,
      [hireId, dueOn, now],
    );
  }
}
