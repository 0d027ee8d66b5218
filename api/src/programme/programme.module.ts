import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { ProgrammeAcceptanceEntity } from './entities/programme-acceptance.entity';
import { ProgrammeVersionEntity } from './entities/programme-version.entity';
import { ProgrammeService } from './programme.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeVersionEntity, ProgrammeAcceptanceEntity]), UsersModule],
  providers: [ProgrammeService],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
