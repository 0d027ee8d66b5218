import { Module } from '@nestjs/common';
import { BonusesModule } from '../bonuses/bonuses.module';
import { UsersModule } from '../users/users.module';
import { HiresController } from './hires.controller';
import { HiresService } from './hires.service';

@Module({
  imports: [BonusesModule, UsersModule],
  controllers: [HiresController],
  providers: [HiresService],
  exports: [HiresService],
})
export class HiresModule {}
