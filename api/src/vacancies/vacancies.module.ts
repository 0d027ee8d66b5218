import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacanciesController } from './vacancies.controller';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity])],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService],
  exports: [VacanciesService],
})
export class VacanciesModule {}
