import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CreateRejectReasonDto, type RejectReasonResponse, RejectReasonQueryDto, UpdateRejectReasonDto } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { RejectReasonsService } from './reject-reasons.service';

@Controller('reject-reasons')
export class RejectReasonsController {
  constructor(private readonly reasons: RejectReasonsService) {}

  @Get()
  @RequirePermission('viewCandidates')
  list(@Query() query: RejectReasonQueryDto): Promise<RejectReasonResponse[]> {
    return this.reasons.list(query.includeInactive ?? false);
  }

  @Post()
  @RequirePermission('manageStageTemplates')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateRejectReasonDto): Promise<RejectReasonResponse> {
    return this.reasons.create(user, body);
  }

  @Patch(':id')
  @RequirePermission('manageStageTemplates')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateRejectReasonDto,
  ): Promise<RejectReasonResponse> {
    return this.reasons.setActive(user, id, body.active);
  }
}
