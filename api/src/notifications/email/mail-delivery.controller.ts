import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FailingEmailAddressResponse, MailDeliverySummaryResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../../common/auth.decorators';
import { MailDeliveryService } from './mail-delivery.service';

@ApiTags('mail delivery')
@Controller('mail-delivery')
export class MailDeliveryController {
  constructor(private readonly mailDelivery: MailDeliveryService) {}

  @Get('failing-addresses')
  @RequirePermission('manageSettings')
  failingAddresses(): Promise<FailingEmailAddressResponse[]> {
    return this.mailDelivery.failingAddresses();
  }

  @Delete('failing-addresses/:address')
  @RequirePermission('manageSettings')
  @HttpCode(204)
  clearFailingAddress(@CurrentUser() user: AuthenticatedUser, @Param('address') address: string): Promise<void> {
    return this.mailDelivery.clearFailingAddress(user, address);
  }

  @Get('summary')
  @RequirePermission('manageSettings')
  summary(): Promise<MailDeliverySummaryResponse> {
    return this.mailDelivery.summary();
  }
}
