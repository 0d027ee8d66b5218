import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageWindow } from '../common/paging';
import { NotificationEntity } from './entities/notification.entity';
import { INBOX_CHANNEL } from './notification-outbox.service';

/** The inbox's queries; each is one statement on the (recipient, created_at) and unread indexes. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(recipientId: string, window: PageWindow, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const builder = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :recipientId', { recipientId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .offset(window.offset)
      .limit(window.fetch);
    if (unreadOnly) builder.andWhere('n.read_at IS NULL');
    return builder.getMany();
  }

  /** Unread counts of several people in one query; people with none are absent. */
  async unreadCounts(recipientIds: readonly string[]): Promise<Map<string, number>> {
    if (recipientIds.length === 0) return new Map();
    const rows: { recipient_id: string; unread: number }[] = await this.dataSource.query(
      `SELECT recipient_id, count(*)::int AS unread FROM notifications
       WHERE recipient_id = ANY($1::uuid[]) AND read_at IS NULL GROUP BY recipient_id`,
      [recipientIds],
    );
    return new Map(rows.map((row) => [row.recipient_id, row.unread]));
  }

  /** Marks one of the person's own notifications read; null when it is not theirs (or does not exist). */
  async markRead(recipientId: string, id: string, now: Date): Promise<NotificationEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: [Record<string, unknown>[], number] = await manager.query(
        `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND recipient_id = $2 RETURNING id`,
        [id, recipientId, now],
      );
      if (rows[1] === 0) return null;
      await manager.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANNEL, recipientId]);
      return manager.getRepository(NotificationEntity).findOneByOrFail({ id });
    });
  }

  async markAllRead(recipientId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`,
        [recipientId, now],
      );
      if (count > 0) await manager.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANNEL, recipientId]);
      return count;
    });
  }
}
