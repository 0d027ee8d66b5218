import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApproveBonusDto,
  type BonusListResponse,
  BonusQueryDto,
  type BonusResponse,
  BulkApproveBonusesDto,
  type BulkApproveResponse,
  type MyBonusResponse,
  type Page,
  PageQueryDto,
  RejectBonusDto,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { BonusDecisionsService } from './bonus-decisions.service';
import { BonusQueriesService } from './bonus-queries.service';

@Controller('bonuses')
export class BonusesController {
  constructor(
    private readonly queries: BonusQueriesService,
    private readonly decisions: BonusDecisionsService,
  ) {}

  @Get()
  @RequirePermission('approveBonuses')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: BonusQueryDto): Promise<BonusListResponse> {
    return this.queries.list(user, query);
  }

  /** Every employee's own bonuses; no permission beyond being signed in. */
  @Get('mine')
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<Page<MyBonusResponse>> {
    return this.queries.mine(user, query);
  }

  @Post('approve')
  @HttpCode(200)
  @RequirePermission('approveBonuses')
  approveMany(@CurrentUser() user: AuthenticatedUser, @Body() body: BulkApproveBonusesDto): Promise<BulkApproveResponse> {
    return this.decisions.approveMany(user, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('approveBonuses')
  approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ApproveBonusDto): Promise<BonusResponse> {
    return this.decisions.approve(user, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission('approveBonuses')
  reject(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: RejectBonusDto): Promise<BonusResponse> {
    return this.decisions.reject(user, id, body);
  }
}
