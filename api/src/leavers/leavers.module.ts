import { Module } from '@nestjs/common';
import { BonusesModule } from '../bonuses/bonuses.module';
import { UsersModule } from '../users/users.module';
import { LeaversController } from './leavers.controller';
import { LeaversService } from './leavers.service';

@Module({
  imports: [BonusesModule, UsersModule],
  controllers: [LeaversController],
  providers: [LeaversService],
})
export class LeaversModule {}
