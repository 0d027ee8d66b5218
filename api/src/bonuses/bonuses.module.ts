import { Module } from '@nestjs/common';
import { BonusesService } from './bonuses.service';

@Module({
  providers: [BonusesService],
  exports: [BonusesService],
})
export class BonusesModule {}
