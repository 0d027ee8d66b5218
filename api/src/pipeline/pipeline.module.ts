import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { FilesModule } from '../files/files.module';
import { HiresModule } from '../hires/hires.module';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { UsersModule } from '../users/users.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ApplicationMoveService } from './application-move.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { ReferrerNotices } from './referrer-notices';
import { RejectReasonsController } from './reject-reasons.controller';
import { RejectReasonsService } from './reject-reasons.service';
import { STALE_DIGEST_JOB, StaleDigestService } from './stale-digest.service';
import { FLAG_STALE_CANDIDATES_JOB, StaleFlagsService } from './stale-flags.service';

/** The recruiter pipeline: boards, the candidate list and detail, moves, notes, reject reasons, stale flags. */
@Module({
  imports: [CandidatesModule, FilesModule, HiresModule, NotificationsModule, ReferralsModule, UsersModule, VacanciesModule],
  controllers: [ApplicationsController, BoardController, RejectReasonsController],
  providers: [ApplicationsRepository, ApplicationsService, ApplicationMoveService, BoardService, RejectReasonsService, StaleFlagsService, StaleDigestService, ReferrerNotices],
})
export class PipelineModule implements OnModuleInit {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    private readonly staleFlags: StaleFlagsService,
    private readonly staleDigest: StaleDigestService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: FLAG_STALE_CANDIDATES_JOB, cron: '5 * * * *', handler: () => this.staleFlags.flagIdleCandidates() });
    // Working days at eight, company time: read with the morning's first coffee, not at midnight.
    this.jobs.register({ name: STALE_DIGEST_JOB, cron: '0 8 * * 1-5', handler: () => this.staleDigest.sendDigests() });
  }
}
