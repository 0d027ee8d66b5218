import { BonusesModule } from '../bonuses/bonuses.module';
import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { DisputesController } from './disputes.controller';
import { DisputesRepository } from './disputes.repository';
import { DisputesService } from './disputes.service';

@Module({
  imports: [UsersModule, VacanciesModule, BonusesModule],
  controllers: [DisputesController],
  providers: [DisputesRepository, DisputesService],
})
export class DisputesModule {}
