import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BudgetResponse, PutBudgetsDto } from '@referrals/contracts';
import { calendarDateIn, quarterDays, quarterOf } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { BonusesRepository } from './bonuses.repository';
import { DepartmentBudgetEntity } from './entities/department-budget.entity';

/** Quarterly bonus budgets per department, and how much of each is committed, paid and still expected. */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly bonuses: BonusesRepository,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(quarter?: string): Promise<BudgetResponse[]> {
    const settings = await this.settings.getAll();
    const shown = quarter ?? quarterOf(calendarDateIn(settings.companyTimeZone, this.clock.now()));
    const { first, last } = quarterDays(shown);
    const [budgets, figures, departments] = await Promise.all([
      this.dataSource.getRepository(DepartmentBudgetEntity).findBy({ quarter: shown }),
      this.bonuses.budgetFigures({ firstDay: first, lastDay: last, timeZone: settings.companyTimeZone }),
      this.dataSource.query(`SELECT DISTINCT department FROM vacancies`) as Promise<{ department: string }[]>,
    ]);
    // Every department with a vacancy, a budget or a bonus gets a line, so HR sees where a budget is missing.
    const names = new Set([...departments.map((row) => row.department), ...budgets.map((row) => row.department), ...figures.map((row) => row.department)]);
    return [...names].sort((a, b) => a.localeCompare(b)).map((department) => {
      const budget = budgets.find((row) => row.department === department) ?? null;
      const currency = budget?.currency ?? settings.companyCurrency;
      const figure = figures.find((row) => row.department === department && row.currency === currency);
      return {
        department,
        quarter: shown,
        budgetMinor: budget?.amountMinor ?? null,
        currency,
        committedMinor: Number(figure?.committedMinor ?? 0),
        approvedMinor: Number(figure?.approvedMinor ?? 0),
        paidMinor: Number(figure?.paidMinor ?? 0),
        expectedMinor: Number(figure?.expectedMinor ?? 0),
      };
    });
  }

  /** Sets or removes the budgets given, all in one transaction, each change audited. */
  async put(actor: AuthenticatedUser, dto: PutBudgetsDto): Promise<BudgetResponse[]> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(DepartmentBudgetEntity);
      for (const budget of dto.budgets) {
        const key = { department: budget.department.trim(), quarter: budget.quarter };
        const before = await repository.findOneBy(key);
        if (budget.amountMinor === null || budget.amountMinor === undefined) {
          if (before) await repository.delete(key);
        } else {
          await repository.upsert({ ...key, amountMinor: budget.amountMinor, currency: budget.currency, updatedBy: actor.id, updatedAt: now }, ['department', 'quarter']);
        }
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'budget.updated',
            entityType: 'department_budget',
            entityId: `${key.department}|${key.quarter}`,
            before: before ? { amountMinor: before.amountMinor, currency: before.currency } : null,
            after: budget.amountMinor === null ? null : { amountMinor: budget.amountMinor, currency: budget.currency },
          },
          manager,
        );
      }
    });
    return this.list(dto.budgets[0]?.quarter);
  }
}
