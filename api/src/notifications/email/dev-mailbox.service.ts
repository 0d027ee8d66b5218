import { Inject, Injectable } from '@nestjs/common';
import {
  type DevMailboxEntryResponse,
  type DevMailboxMessageResponse,
  hasPermission,
  type Page,
  type PageQueryDto,
} from '@referrals/contracts';
import { AppError } from '../../common/app-error';
import type { AuthenticatedUser } from '../../common/auth.decorators';
import { pageOf, pageWindow } from '../../common/paging';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EmailDeliveryRepository } from './email-delivery.repository';

/**
 * The mail the portal kept instead of sending, because no SMTP server is configured. In the `npm start`
 * demo (the development IdP) everyone may read it, so each demo user can see what they were sent; anywhere
 * else it holds real people's mail, so only admins read it. With SMTP configured there is nothing to show.
 */
@Injectable()
export class DevMailboxService {
  constructor(
    private readonly deliveries: EmailDeliveryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isAvailableTo(viewer: AuthenticatedUser): boolean {
    if (this.config.mail.smtpUrl) return false;
    return this.config.saml.idp.kind === 'development' || hasPermission(viewer.roles, 'manageSettings');
  }

  async list(viewer: AuthenticatedUser, query: PageQueryDto): Promise<Page<DevMailboxEntryResponse>> {
    this.assertReadable(viewer);
    const window = pageWindow(query);
    const rows = await this.deliveries.devMailboxPage(window);
    return pageOf(
      rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        event: row.event,
        language: row.language,
        sentAt: row.sentAt.toISOString(),
      })),
      window,
    );
  }

  async message(viewer: AuthenticatedUser, id: string): Promise<DevMailboxMessageResponse> {
    this.assertReadable(viewer);
    const row = await this.deliveries.devMailboxMessage(id);
    if (!row) throw new AppError('not_found', 'No such mail in the development mailbox.');
    return {
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      event: row.event,
      language: row.language,
      sentAt: row.sentAt.toISOString(),
    };
  }

  private assertReadable(viewer: AuthenticatedUser): void {
    // With SMTP the mailbox does not exist at all, so "not found" rather than "forbidden".
    if (this.config.mail.smtpUrl) throw new AppError('not_found', 'Mail is sent through SMTP; there is no development mailbox.');
    if (!this.isAvailableTo(viewer)) throw new AppError('forbidden');
  }
}
