import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale, NotificationEvent } from '@referrals/contracts';

/** HR's wording of one event in one language; without a row the built-in text is used. */
@Entity('notification_templates')
export class NotificationTemplateEntity {
  @PrimaryColumn('text')
  event!: NotificationEvent;

  @PrimaryColumn('text')
  language!: Locale;

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @Column('int')
  version!: number;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
