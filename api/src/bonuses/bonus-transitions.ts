import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type BonusState, canMoveBonus } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { BonusNotices } from './bonus-notices';
import { BonusEntity } from './entities/bonus.entity';
import { BonusEventEntity } from './entities/bonus-event.entity';

export interface BonusTransition {
  to: BonusState;
  /** Null for the scheduled job. */
  actorId: string | null;
  reason: string | null;
  at: Date;
  /** Columns that change with the state, e.g. who decided. */
  changes?: Partial<BonusEntity>;
}

/** Every bonus state change goes through here: checked against the lifecycle, versioned, an event, an audit entry and the beneficiary told. */
@Injectable()
export class BonusTransitions {
  constructor(
    private readonly audit: AuditService,
    private readonly notices: BonusNotices,
  ) {}

  async apply(manager: EntityManager, bonus: BonusEntity, transition: BonusTransition): Promise<BonusEntity> {
    if (!canMoveBonus(bonus.state, transition.to)) {
      throw new AppError('invalid_transition', `A ${bonus.state} bonus cannot become ${transition.to}.`, undefined, { state: bonus.state });
    }
    const changes: Partial<BonusEntity> = { ...transition.changes, state: transition.to, version: bonus.version + 1, updatedAt: transition.at };
    await manager.getRepository(BonusEntity).update({ id: bonus.id }, changes);
    await manager.getRepository(BonusEventEntity).insert({
      bonusId: bonus.id,
      actorId: transition.actorId,
      fromState: bonus.state,
      toState: transition.to,
      reason: transition.reason,
      occurredAt: transition.at,
    });
    await this.audit.record(
      {
        actorId: transition.actorId,
        action: `bonus.${transition.to}`,
        entityType: 'bonus',
        entityId: bonus.id,
        before: { state: bonus.state },
        after: { state: transition.to, reason: transition.reason },
      },
      manager,
    );
    await this.notices.changed(manager, bonus, transition.to, transition.at);
    return { ...bonus, ...changes };
  }

  /** The bonus row, locked until the transaction ends. */
  lock(manager: EntityManager, id: string): Promise<BonusEntity | null> {
    return manager.getRepository(BonusEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
