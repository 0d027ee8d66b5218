import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationEvent } from '@referrals/contracts';

/** One person's inbox entry; its text is rendered from the event's template when read, in their language. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  event!: NotificationEvent;

  /** The template's values as codes and raw numbers; words, dates and money are formatted per language. */
  @Column('jsonb')
  params!: Record<string, unknown>;

  @Column('text', { nullable: true })
  link!: string | null;

  /** The cause's identity (e.g. `application:<id>:status:hired`): the same cause never notifies anyone twice. */
  @Column('text', { name: 'dedupe_key' })
  dedupeKey!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
