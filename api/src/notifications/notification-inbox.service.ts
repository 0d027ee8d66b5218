import { Inject, Injectable } from '@nestjs/common';
import type { Locale, NotificationQueryDto, NotificationResponse, Page } from '@referrals/contracts';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import type { NotificationEntity } from './entities/notification.entity';
import { NotificationsRepository } from './notifications.repository';
import { NotificationRenderer } from './templates/notification-renderer';

/**
 * A person's own notifications, in the language they chose; someone who never chose reads them in the
 * language their screen shows (the request's), else the company's.
 */
@Injectable()
export class NotificationInboxService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly renderer: NotificationRenderer,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(viewer: AuthenticatedUser, query: NotificationQueryDto, screenLanguage: Locale | null): Promise<Page<NotificationResponse>> {
    const window = pageWindow(query);
    const rows = await this.repository.page(viewer.id, window, query.unreadOnly === 'true');
    return pageOf(await this.present(viewer, rows, screenLanguage), window);
  }

  async unreadCount(userId: string): Promise<number> {
    return (await this.repository.unreadCounts([userId])).get(userId) ?? 0;
  }

  async unreadCounts(userIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.unreadCounts(userIds);
  }

  async markRead(viewer: AuthenticatedUser, id: string, screenLanguage: Locale | null): Promise<NotificationResponse> {
    const row = await this.repository.markRead(viewer.id, id, this.clock.now());
    // Someone else's notification is "not found", not "forbidden": its existence is not theirs to learn.
    if (!row) throw new AppError('not_found', 'No such notification in your inbox.');
    const [response] = await this.present(viewer, [row], screenLanguage);
    return response;
  }

  async markAllRead(viewer: AuthenticatedUser): Promise<number> {
    await this.repository.markAllRead(viewer.id, this.clock.now());
    return this.unreadCount(viewer.id);
  }

  private async present(viewer: AuthenticatedUser, rows: NotificationEntity[], screenLanguage: Locale | null): Promise<NotificationResponse[]> {
    if (rows.length === 0) return [];
    const language = await this.languageOf(viewer.id, screenLanguage);
    const rendered = await this.renderer.renderMany(
      rows.map((row) => ({ event: row.event, params: row.params, language, recipientName: viewer.displayName, link: row.link })),
    );
    return rows.map((row, index) => ({
      id: row.id,
      event: row.event,
      title: rendered[index].subject,
      body: rendered[index].text,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    }));
  }

  private async languageOf(userId: string, screenLanguage: Locale | null): Promise<Locale> {
    const user = await this.users.findById(userId);
    return user?.locale ?? screenLanguage ?? ((await this.settings.get('companyLanguage')) as Locale);
  }
}
