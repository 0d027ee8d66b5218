import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@referrals/contracts';

export type EmailDeliveryState = 'pending' | 'sent' | 'failed';
export type EmailTransportKind = 'smtp' | 'dev-mailbox';

/** The outbox row of one notification's mail: what is due, how often it was tried, and what was sent. */
@Entity('email_deliveries')
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('text', { name: 'to_address' })
  toAddress!: string;

  @Column('text')
  state!: EmailDeliveryState;

  @Column('int')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  /** A worker's lease: while it lasts nobody else sends this mail; a crashed worker's lease runs out. */
  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('text', { nullable: true })
  language!: Locale | null;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text', { name: 'text_body', nullable: true })
  textBody!: string | null;

  @Column('text', { name: 'html_body', nullable: true })
  htmlBody!: string | null;

  @Column('text', { nullable: true })
  transport!: EmailTransportKind | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
