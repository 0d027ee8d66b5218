import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, NotificationEvent } from '@referrals/contracts';
import { NotificationTemplateEntity } from '../entities/notification-template.entity';

/** HR's edited template with the name of who last saved it. */
export interface StoredTemplate {
  event: NotificationEvent;
  language: Locale;
  subject: string;
  body: string;
  version: number;
  updatedAt: Date;
  updatedBy: { id: string; displayName: string } | null;
}

interface StoredTemplateRow {
  event: NotificationEvent;
  language: Locale;
  subject: string;
  body: string;
  version: number;
  updated_at: Date;
  updated_by: string | null;
  updated_by_name: string | null;
}

const SELECT = `SELECT t.event, t.language, t.subject, t.body, t.version, t.updated_at, t.updated_by, u.display_name AS updated_by_name
  FROM notification_templates t LEFT JOIN users u ON u.id = t.updated_by`;

/**
 * HR's edits (at most one per event and language, so a few dozen rows): read all at once, which serves any
 * batch of notifications with one query.
 */
@Injectable()
export class NotificationTemplatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<StoredTemplate[]> {
    const rows: StoredTemplateRow[] = await this.dataSource.query(SELECT);
    return rows.map(toStored);
  }

  async one(event: NotificationEvent, language: Locale, manager?: EntityManager): Promise<StoredTemplate | null> {
    const rows: StoredTemplateRow[] = await (manager ?? this.dataSource).query(`${SELECT} WHERE t.event = $1 AND t.language = $2`, [event, language]);
    return rows.length > 0 ? toStored(rows[0]) : null;
  }

  /**
   * Saves HR's text if the stored version is still `expectedVersion` (0: no edit stored yet); the new
   * version is one higher. Answers false when someone else saved or reset it in between.
   */
  async saveIfVersion(
    manager: EntityManager,
    row: { event: NotificationEvent; language: Locale; subject: string; body: string; updatedBy: string; updatedAt: Date },
    expectedVersion: number,
  ): Promise<boolean> {
    if (expectedVersion === 0) {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO notification_templates (event, language, subject, body, version, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 1, $5, $6) ON CONFLICT (event, language) DO NOTHING RETURNING version`,
        [row.event, row.language, row.subject, row.body, row.updatedBy, row.updatedAt],
      );
      return inserted.length === 1;
    }
    const [, updated]: [unknown, number] = await manager.query(
      `UPDATE notification_templates SET subject = $3, body = $4, version = version + 1, updated_by = $5, updated_at = $6
       WHERE event = $1 AND language = $2 AND version = $7`,
      [row.event, row.language, row.subject, row.body, row.updatedBy, row.updatedAt, expectedVersion],
    );
    return updated === 1;
  }

  /** Removes HR's text, answering what it was (null when there was none). */
  async remove(manager: EntityManager, event: NotificationEvent, language: Locale): Promise<NotificationTemplateEntity | null> {
    const [rows]: [NotificationTemplateEntity[], number] = await manager.query(
      `DELETE FROM notification_templates WHERE event = $1 AND language = $2 RETURNING event, language, subject, body, version`,
      [event, language],
    );
    return rows[0] ?? null;
  }
}

function toStored(row: StoredTemplateRow): StoredTemplate {
  return {
    event: row.event,
    language: row.language,
    subject: row.subject,
    body: row.body,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by ? { id: row.updated_by, displayName: row.updated_by_name ?? '' } : null,
  };
}
