import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CorrectProbationDto, HireLeftDto, type HireResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { HiresService } from './hires.service';

@Controller('hires')
export class HiresController {
  constructor(private readonly hires: HiresService) {}

  @Patch(':id')
  @RequirePermission('correctHires')
  correctProbation(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CorrectProbationDto,
  ): Promise<HireResponse> {
    return this.hires.correctProbation(user, id, body);
  }

  @Post(':id/left')
  @HttpCode(200)
  @RequirePermission('correctHires')
  recordLeft(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: HireLeftDto): Promise<HireResponse> {
    return this.hires.recordLeft(user, id, body);
  }
}
