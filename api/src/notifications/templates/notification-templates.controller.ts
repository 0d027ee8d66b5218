import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  LOCALES,
  type Locale,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationTemplatePreviewResponse,
  type NotificationTemplateResponse,
  PreviewNotificationTemplateDto,
  SaveNotificationTemplateDto,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../../common/auth.decorators';
import { editorLanguageOf } from './editor-language';
import { NotificationTemplatesService } from './notification-templates.service';

class TemplateParams {
  @IsIn(NOTIFICATION_EVENTS) event!: NotificationEvent;
  @IsIn(LOCALES) lang!: Locale;
}

/** HR's wording of the mails and inbox entries, per event and language. Template errors follow Accept-Language. */
@ApiTags('notification-templates')
@Controller('notification-templates')
@RequirePermission('manageProgramme')
export class NotificationTemplatesController {
  constructor(private readonly templates: NotificationTemplatesService) {}

  @Get()
  list(): Promise<NotificationTemplateResponse[]> {
    return this.templates.list();
  }

  @Post('preview')
  @HttpCode(200)
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: PreviewNotificationTemplateDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): NotificationTemplatePreviewResponse {
    return this.templates.preview(user, body, editorLanguageOf(acceptLanguage));
  }

  @Get(':event/:lang')
  get(@Param() params: TemplateParams): Promise<NotificationTemplateResponse> {
    return this.templates.get(params.event, params.lang);
  }

  @Put(':event/:lang')
  save(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: TemplateParams,
    @Body() body: SaveNotificationTemplateDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NotificationTemplateResponse> {
    return this.templates.save(user, params.event, params.lang, body, editorLanguageOf(acceptLanguage));
  }

  @Delete(':event/:lang')
  reset(@CurrentUser() user: AuthenticatedUser, @Param() params: TemplateParams): Promise<NotificationTemplateResponse> {
    return this.templates.reset(user, params.event, params.lang);
  }
}
