import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { JobsService } from '../jobs/jobs.service';
import { UsersModule } from '../users/users.module';
import { BonusDecisionsService } from './bonus-decisions.service';
import { BonusQueriesService } from './bonus-queries.service';
import { BonusTransitions } from './bonus-transitions';
import { BonusesController } from './bonuses.controller';
import { BonusesRepository } from './bonuses.repository';
import { BonusesService, MARK_BONUSES_ELIGIBLE_JOB } from './bonuses.service';
import { BudgetsController } from './budgets.controller';
import { BudgetsService } from './budgets.service';
import { PayrollBatchesController } from './payroll-batches.controller';
import { PayrollService } from './payroll.service';

/** Bonuses after the hire: eligibility, HR's four-eyes decisions, budgets, payroll batches and confirmations. */
@Module({
  imports: [FilesModule, UsersModule],
  controllers: [BonusesController, BudgetsController, PayrollBatchesController],
  providers: [BonusesRepository, BonusesService, BonusTransitions, BonusDecisionsService, BonusQueriesService, BudgetsService, PayrollService],
  exports: [BonusesService],
})
export class BonusesModule implements OnModuleInit {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    private readonly bonuses: BonusesService,
  ) {}

  onModuleInit(): void {
    // Hourly, so a part whose day came while the server was down is picked up soon after it is back.
    this.jobs.register({ name: MARK_BONUSES_ELIGIBLE_JOB, cron: '7 * * * *', runAtStart: true, handler: () => this.bonuses.markDueBonusesEligible() });
  }
}
