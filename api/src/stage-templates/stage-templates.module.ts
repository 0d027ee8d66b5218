import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { StageTemplatesController } from './stage-templates.controller';
import { StageTemplatesService } from './stage-templates.service';

@Module({
  imports: [UsersModule],
  controllers: [StageTemplatesController],
  providers: [StageTemplatesService],
  exports: [StageTemplatesService],
})
export class StageTemplatesModule {}
