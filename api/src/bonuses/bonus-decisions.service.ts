import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApproveBonusDto, BonusResponse, BulkApproveBonusesDto, BulkApproveResponse, RejectBonusDto } from '@referrals/contracts';
import { calendarDateIn, fitsBudget, quarterDays, quarterOf } from '@referrals/domain';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { fourEyesObjection, mapBonus } from './bonus.mapper';
import { BonusTransitions } from './bonus-transitions';
import { BonusesRepository } from './bonuses.repository';
import { DepartmentBudgetEntity } from './entities/department-budget.entity';

/** HR's decisions on eligible bonuses: four eyes, the department's quarterly budget, one decision per bonus. */
@Injectable()
export class BonusDecisionsService {
  constructor(
    private readonly bonuses: BonusesRepository,
    private readonly transitions: BonusTransitions,
    private readonly settings: SettingsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async approve(viewer: AuthenticatedUser, id: string, dto: ApproveBonusDto): Promise<BonusResponse> {
    await this.approveOne(viewer, id, dto);
    return this.current(viewer, id);
  }

  /** Each bonus of the selection on its own: one refused bonus does not hold back the others. */
  async approveMany(viewer: AuthenticatedUser, dto: BulkApproveBonusesDto): Promise<BulkApproveResponse> {
    const results: BulkApproveResponse['results'] = [];
    for (const bonusId of [...new Set(dto.bonusIds)]) {
      try {
        await this.approveOne(viewer, bonusId, dto);
        results.push({ bonusId, outcome: 'approved' });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push({ bonusId, outcome: 'refused', code: error.code, detail: error.detail ?? error.code });
      }
    }
    return { results };
  }

  async reject(viewer: AuthenticatedUser, id: string, dto: RejectBonusDto): Promise<BonusResponse> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const bonus = await this.decidable(viewer, id, manager);
      const comment = dto.comment.trim();
      await this.transitions.apply(manager, bonus, {
        to: 'rejected',
        actorId: viewer.id,
        reason: comment,
        at: now,
        changes: { decidedBy: viewer.id, decidedAt: now, decisionComment: comment },
      });
    });
    return this.current(viewer, id);
  }

  /**
   * Approves under the bonus's row lock (so twenty simultaneous approvals make one) and a lock on the
   * department's quarter (so two approvals cannot both fit the last of a budget).
   */
  private async approveOne(viewer: AuthenticatedUser, id: string, dto: ApproveBonusDto): Promise<void> {
    const now = this.clock.now();
    const timeZone = await this.settings.get('companyTimeZone');
    const quarter = quarterOf(calendarDateIn(timeZone, now));
    await this.dataSource.transaction(async (manager) => {
      const bonus = await this.decidable(viewer, id, manager);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('bonus-budget'), hashtext($1))`, [`${bonus.department}|${quarter}`]);
      const budget = await manager.getRepository(DepartmentBudgetEntity).findOneBy({ department: bonus.department, quarter });
      const { first, last } = quarterDays(quarter);
      const committedMinor = await this.bonuses.committedMinor(manager, bonus.department, { firstDay: first, lastDay: last, timeZone }, bonus.currency);
      // A budget in another currency cannot be compared; it does not hold back a bonus it does not count.
      const budgetMinor = budget && budget.currency === bonus.currency ? budget.amountMinor : null;
      const withinBudget = fitsBudget({ budgetMinor, committedMinor, amountMinor: bonus.amountMinor });
      const overrideReason = dto.budgetOverrideReason?.trim() || null;
      if (!withinBudget && !overrideReason) {
        throw new AppError('budget_exceeded', `Approving this bonus takes ${bonus.department} over its ${quarter} budget.`, undefined, {
          department: bonus.department,
          quarter,
          budgetMinor,
          committedMinor,
          amountMinor: bonus.amountMinor,
          currency: bonus.currency,
        });
      }
      await this.transitions.apply(manager, bonus, {
        to: 'approved',
        actorId: viewer.id,
        reason: withinBudget ? null : `Over budget: ${overrideReason}`,
        at: now,
        changes: {
          decidedBy: viewer.id,
          decidedAt: now,
          decisionComment: dto.comment?.trim() || null,
          budgetOverrideReason: withinBudget ? null : overrideReason,
        },
      });
    });
  }

  /** The locked bonus, if this viewer may decide on it now. */
  private async decidable(viewer: AuthenticatedUser, id: string, manager: EntityManager) {
    const bonus = await this.transitions.lock(manager, id);
    if (!bonus) throw new AppError('not_found', 'No such bonus.');
    const row = await this.bonuses.findById(id, manager);
    const objection = row && fourEyesObjection(viewer, row);
    if (objection) throw new AppError('forbidden', objection);
    if (bonus.state !== 'eligible') {
      throw new AppError('conflict', `This bonus is ${bonus.state.replace('_', ' ')}, not waiting for a decision.`, undefined, {
        current: { id, state: bonus.state, version: bonus.version },
      });
    }
    return bonus;
  }

  private async current(viewer: AuthenticatedUser, id: string): Promise<BonusResponse> {
    const row = await this.bonuses.findById(id);
    if (!row) throw new AppError('not_found', 'No such bonus.');
    return mapBonus(row, viewer);
  }
}
