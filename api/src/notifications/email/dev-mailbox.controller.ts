import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type DevMailboxAvailabilityResponse,
  type DevMailboxEntryResponse,
  type DevMailboxMessageResponse,
  type Page,
  PageQueryDto,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser } from '../../common/auth.decorators';
import { DevMailboxService } from './dev-mailbox.service';

@ApiTags('development mailbox')
@Controller('dev-mailbox')
export class DevMailboxController {
  constructor(private readonly mailbox: DevMailboxService) {}

  /** Lets the web offer the mailbox only where it exists for this user. */
  @Get('availability')
  availability(@CurrentUser() user: AuthenticatedUser): DevMailboxAvailabilityResponse {
    return { available: this.mailbox.isAvailableTo(user) };
  }

  @Get()
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<Page<DevMailboxEntryResponse>> {
    return this.mailbox.list(user, query);
  }

  @Get(':id')
  message(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<DevMailboxMessageResponse> {
    return this.mailbox.message(user, id);
  }
}
