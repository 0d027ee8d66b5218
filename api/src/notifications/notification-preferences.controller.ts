import { Body, Controller, Get, Put } from '@nestjs/common';
import { type Locale, type NotificationPreferencesResponse, UpdateNotificationPreferencesDto } from '@referrals/contracts';
import { AppError } from '../common/app-error';
import { type AuthenticatedUser, CurrentUser } from '../common/auth.decorators';
import { SettingsService } from '../settings/settings.service';
import type { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';

@Controller('me/preferences')
export class NotificationPreferencesController {
  constructor(
    private readonly users: UsersService,
    private readonly settings: SettingsService,
  ) {}

  @Get()
  async get(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesResponse> {
    const found = await this.users.findById(user.id);
    if (!found) throw new AppError('unauthenticated');
    return this.map(found);
  }

  @Put()
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesResponse> {
    return this.map(await this.users.setNotificationPreferences(user.id, body.language, body.emailOff));
  }

  private async map(user: UserEntity): Promise<NotificationPreferencesResponse> {
    return { language: user.locale ?? ((await this.settings.get('companyLanguage')) as Locale), emailOff: user.emailOff };
  }
}
