import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { StageTemplatesModule } from '../stage-templates/stage-templates.module';
import { UsersModule } from '../users/users.module';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacancyRecruiterEntity } from './entities/vacancy-recruiter.entity';
import { VacanciesController } from './vacancies.controller';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, VacancyRecruiterEntity]), UsersModule, CandidatesModule, StageTemplatesModule],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService],
  exports: [VacanciesService, VacanciesRepository],
})
export class VacanciesModule {}
