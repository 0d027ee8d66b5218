import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { DefaultProgrammePublisher } from './default-programme.publisher';
import { ProgrammeController } from './programme.controller';
import { ProgrammeRepository } from './programme.repository';
import { ProgrammeService } from './programme.service';

@Module({
  imports: [NotificationsModule, UsersModule],
  controllers: [ProgrammeController],
  providers: [ProgrammeRepository, ProgrammeService, DefaultProgrammePublisher],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
