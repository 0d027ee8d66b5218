import { ArrayUnique, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../common/page';
import { LOCALES, type Locale } from '../auth/me.response';
import { NOTIFICATION_EVENTS, type NotificationEvent } from './notification-events';

export class NotificationQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(['true', 'false']) unreadOnly?: 'true' | 'false';
}

export class UpdateNotificationPreferencesDto {
  @IsIn(LOCALES) language!: Locale;
  @ArrayUnique() @IsIn(NOTIFICATION_EVENTS, { each: true }) emailOff!: NotificationEvent[];
}

export class SaveNotificationTemplateDto {
  @IsString() @MinLength(1) @MaxLength(200) subject!: string;
  @IsString() @MinLength(1) @MaxLength(10_000) body!: string;
  /** The version the editor started from (0 for the built-in text); a newer one gets 409. */
  @IsInt() @Min(0) version!: number;
}

export class PreviewNotificationTemplateDto {
  @IsIn(NOTIFICATION_EVENTS) event!: NotificationEvent;
  @IsIn(LOCALES) language!: Locale;
  @IsString() @MaxLength(200) subject!: string;
  @IsString() @MaxLength(10_000) body!: string;
}
