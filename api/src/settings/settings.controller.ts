import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { SettingsResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @RequirePermission('manageSettings')
  async get(): Promise<SettingsResponse> {
    return { values: await this.settings.getAll() };
  }

  /** The body is a partial map of setting values, checked against the definitions in libs/domain. */
  @Patch()
  @RequirePermission('manageSettings')
  @ApiBody({ schema: { type: 'object', additionalProperties: true } })
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: unknown): Promise<SettingsResponse> {
    return { values: await this.settings.update(user.id, body) };
  }
}
