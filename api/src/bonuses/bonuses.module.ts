import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { APPROVALS_DIGEST_JOB, ApprovalsDigestService } from './approvals-digest.service';
import { BonusNotices } from './bonus-notices';
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
  imports: [FilesModule, NotificationsModule, UsersModule],
  controllers: [BonusesController, BudgetsController, PayrollBatchesController],
  providers: [ApprovalsDigestService, BonusNotices, BonusesRepository, BonusesService, BonusTransitions, BonusDecisionsService, BonusQueriesService, BudgetsService, PayrollService],
  exports: [BonusesService],
})
export class BonusesModule implements OnModuleInit {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    private readonly bonuses: BonusesService,
    private readonly approvalsDigest: ApprovalsDigestService,
  ) {}

  onModuleInit(): void {
    // Hourly, so a part whose day came while the server was down is picked up soon after it is back.
    this.jobs.register({ name: MARK_BONUSES_ELIGIBLE_JOB, cron: '7 * * * *', runAtStart: true, handler: () => this.bonuses.markDueBonusesEligible() });
    this.jobs.register({ name: APPROVALS_DIGEST_JOB, cron: '30 8 * * 1-5', handler: () => this.approvalsDigest.sendDigest() });
  }
}
