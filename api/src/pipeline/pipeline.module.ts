import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { FilesModule } from '../files/files.module';
import { HiresModule } from '../hires/hires.module';
import { JobsService } from '../jobs/jobs.service';
import { ReferralsModule } from '../referrals/referrals.module';
import { UsersModule } from '../users/users.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ApplicationMoveService } from './application-move.service';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { RejectReasonsController } from './reject-reasons.controller';
import { RejectReasonsService } from './reject-reasons.service';
import { FLAG_STALE_CANDIDATES_JOB, StaleFlagsService } from './stale-flags.service';

/** The recruiter pipeline: boards, the candidate list and detail, moves, notes, reject reasons, stale flags. */
@Module({
  imports: [CandidatesModule, FilesModule, HiresModule, ReferralsModule, UsersModule, VacanciesModule],
  controllers: [ApplicationsController, BoardController, RejectReasonsController],
  providers: [ApplicationsRepository, ApplicationsService, ApplicationMoveService, BoardService, RejectReasonsService, StaleFlagsService],
})
export class PipelineModule implements OnModuleInit {
  constructor(
    @Inject(JobsService) private readonly jobs: JobsService,
    private readonly staleFlags: StaleFlagsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: FLAG_STALE_CANDIDATES_JOB, cron: '5 * * * *', handler: () => this.staleFlags.flagIdleCandidates() });
  }
}
