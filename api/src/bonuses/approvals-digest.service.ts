import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PERMISSIONS } from '@referrals/contracts';
import { calendarDateIn } from '@referrals/domain';
import { CLOCK, type Clock } from '../common/clock';
import { NotificationOutbox } from '../notifications/notification-outbox.service';
import { SettingsService } from '../settings/settings.service';
import { BonusesRepository } from './bonuses.repository';

export const APPROVALS_DIGEST_JOB = 'bonuses.approvals-digest';

/**
 * Once a working day, everyone who approves bonuses hears how many wait for a decision and for how long:
 * "timely rewards" fail quietly when nobody looks at the queue. Nothing waiting, no message; the day in
 * the key keeps a re-run from telling anyone twice.
 */
@Injectable()
export class ApprovalsDigestService {
  constructor(
    private readonly bonuses: BonusesRepository,
    private readonly outbox: NotificationOutbox,
    private readonly settings: SettingsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sendDigest(): Promise<{ waiting: number; notified: number }> {
    const now = this.clock.now();
    const waiting = await this.bonuses.awaitingDecision();
    if (waiting.count === 0 || !waiting.oldestSince) return { waiting: 0, notified: 0 };
    const today = calendarDateIn(await this.settings.get('companyTimeZone'), now);
    const notified = await this.dataSource.transaction(async (manager) => {
      const approvers: { id: string }[] = await manager.query(`SELECT id FROM users WHERE active AND roles && $1::text[]`, [
        [...PERMISSIONS.approveBonuses],
      ]);
      return this.outbox.notify(
        manager,
        {
          event: 'approvals_waiting',
          params: { count: waiting.count, oldestWaitingDays: Math.floor((now.getTime() - waiting.oldestSince!.getTime()) / 86_400_000) },
          link: '/bonuses',
          key: `approvals-digest:${today}`,
        },
        approvers.map((row) => row.id),
      );
    });
    return { waiting: waiting.count, notified };
  }
}
