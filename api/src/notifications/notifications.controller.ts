import { Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Sse, type MessageEvent } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { NotificationQueryDto, type NotificationResponse, type Page, type UnreadCountResponse } from '@referrals/contracts';
import { preferredLocaleOf } from '../common/accept-language';
import { type AuthenticatedUser, BackgroundRoute, CurrentUser } from '../common/auth.decorators';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationStream } from './notification-stream.service';

/** Everyone's own inbox; nobody reads another person's. */
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly stream: NotificationStream,
  ) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: NotificationQueryDto,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<Page<NotificationResponse>> {
    return this.inbox.list(user, query, preferredLocaleOf(acceptLanguage));
  }

  @Get('unread-count')
  @BackgroundRoute()
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountResponse> {
    return { unread: await this.inbox.unreadCount(user.id) };
  }

  /** Server-sent events: `unread` messages with the count whenever the inbox changes. */
  @Sse('stream')
  @BackgroundRoute()
  live(@CurrentUser() user: AuthenticatedUser): Observable<MessageEvent> {
    return this.stream.streamFor(user.id);
  }

  @Post('read-all')
  @HttpCode(200)
  async markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountResponse> {
    return { unread: await this.inbox.markAllRead(user) };
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<NotificationResponse> {
    return this.inbox.markRead(user, id, preferredLocaleOf(acceptLanguage));
  }
}
