import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FailingEmailAddressResponse, MailDeliverySummaryResponse } from '@referrals/contracts';
import { AuditService } from '../../audit/audit.service';
import { AppError } from '../../common/app-error';
import type { AuthenticatedUser } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EmailDeliveryRepository } from './email-delivery.repository';

/** The admin's view of outgoing mail: addresses that refuse mail, and how the queue stands. */
@Injectable()
export class MailDeliveryService {
  constructor(
    private readonly deliveries: EmailDeliveryRepository,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async failingAddresses(): Promise<FailingEmailAddressResponse[]> {
    const rows = await this.deliveries.failingAddresses();
    return rows.map((row) => ({
      address: row.address,
      reason: row.reason,
      failedAt: row.failedAt.toISOString(),
      user: row.userId ? { id: row.userId, displayName: row.displayName ?? '' } : null,
    }));
  }

  /** Takes an address off the list (the person fixed their mailbox), so new mail is queued for it again. */
  async clearFailingAddress(actor: AuthenticatedUser, rawAddress: string): Promise<void> {
    const address = rawAddress.trim().toLowerCase();
    await this.dataSource.transaction(async (manager) => {
      const cleared = await this.deliveries.clearFailingAddress(manager, address);
      if (!cleared) throw new AppError('not_found', 'That address is not on the list of failing addresses.');
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'mail.failing_address_cleared',
          entityType: 'failing_email_address',
          entityId: cleared.address,
          before: { reason: cleared.reason, failedAt: cleared.failedAt.toISOString() },
        },
        manager,
      );
    });
  }

  async summary(): Promise<MailDeliverySummaryResponse> {
    const counts = await this.deliveries.counts();
    return {
      transport: this.config.mail.smtpUrl ? 'smtp' : 'dev-mailbox',
      pending: counts.pending,
      retrying: counts.retrying,
      failed: counts.failed,
      oldestPendingAt: counts.oldestPendingAt?.toISOString() ?? null,
    };
  }
}
