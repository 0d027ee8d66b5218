import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesService } from './candidates.service';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationEventEntity } from './entities/application-event.entity';
import { CandidateEntity } from './entities/candidate.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CandidateEntity, ApplicationEntity, ApplicationEventEntity])],
  providers: [CandidatesService],
  exports: [CandidatesService],
})
export class CandidatesModule {}
