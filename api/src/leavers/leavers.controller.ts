import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { EmployeeLeftDto } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { LeaversService } from './leavers.service';

@Controller('users')
export class LeaversController {
  constructor(private readonly leavers: LeaversService) {}

  @Post(':id/left')
  @HttpCode(200)
  @RequirePermission('recordLeavers')
  recordLeft(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: EmployeeLeftDto): Promise<{ forfeitedBonuses: number }> {
    return this.leavers.recordLeft(user, id, body);
  }
}
