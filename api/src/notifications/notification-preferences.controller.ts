import { Body, Controller, Get, Headers, Put } from '@nestjs/common';
import { type Locale, type NotificationPreferencesResponse, UpdateNotificationPreferencesDto } from '@referrals/contracts';
import { preferredLocaleOf } from '../common/accept-language';
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
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NotificationPreferencesResponse> {
    const found = await this.users.findById(user.id);
    if (!found) throw new AppError('unauthenticated');
    return this.map(found, preferredLocaleOf(acceptLanguage));
  }

  @Put()
  async update(@CurrentUser() user: AuthenticatedUser, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesResponse> {
    return this.map(await this.users.setNotificationPreferences(user.id, body.language, body.emailOff));
  }

  /**
   * Someone who never chose is offered the language on their screen (as their inbox reads), so the form does
   * not claim a language the page around it is not in; saving makes it their choice for mail too.
   */
  private async map(user: UserEntity, screenLanguage: Locale | null = null): Promise<NotificationPreferencesResponse> {
    return { language: user.locale ?? screenLanguage ?? ((await this.settings.get('companyLanguage')) as Locale), emailOff: user.emailOff };
  }
}
