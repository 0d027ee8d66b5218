import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { FilesModule } from '../files/files.module';
import { ProgrammeModule } from '../programme/programme.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ReferralEntity } from './entities/referral.entity';
import { ReferralNotices } from './referral-notices';
import { ReferralSubmissionService } from './referral-submission.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsRepository } from './referrals.repository';
import { ReferralsService } from './referrals.service';
import { VacancyReferralsController } from './vacancy-referrals.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity]), CandidatesModule, FilesModule, ProgrammeModule, UsersModule, VacanciesModule, NotificationsModule],
  controllers: [ReferralsController, VacancyReferralsController],
  providers: [ReferralsRepository, ReferralsService, ReferralSubmissionService, ReferralNotices],
  exports: [ReferralsService],
})
export class ReferralsModule {}
