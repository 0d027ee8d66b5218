import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DecideDisputeDto,
  type DisputeCaseResponse,
  DisputeQueryDto,
  FileDisputeDto,
  type MyDisputeResponse,
  type Page,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { DisputesService } from './disputes.service';

@ApiTags('disputes')
@Controller('disputes')
export class DisputesController {
  constructor(private readonly disputes: DisputesService) {}

  @Post()
  file(@CurrentUser() user: AuthenticatedUser, @Body() body: FileDisputeDto): Promise<MyDisputeResponse> {
    return this.disputes.file(user, body);
  }

  /** HR get every case with both sides; anyone else gets their own claims only. */
  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: DisputeQueryDto,
  ): Promise<Page<DisputeCaseResponse> | Page<MyDisputeResponse>> {
    return this.disputes.list(user, query);
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: DisputeQueryDto): Promise<Page<MyDisputeResponse>> {
    return this.disputes.listMine(user, query);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequirePermission('manageProgramme')
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecideDisputeDto,
  ): Promise<DisputeCaseResponse> {
    return this.disputes.decide(user, id, body);
  }
}
