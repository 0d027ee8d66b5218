import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PipelineStage } from '@referrals/domain';

/** One move of an application: who, when, from, to, why. Written in the same transaction as the move. */
@Entity('application_events')
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'from_stage', nullable: true })
  fromStage!: PipelineStage | null;

  @Column('text', { name: 'to_stage' })
  toStage!: PipelineStage;

  @Column('text', { name: 'from_step', nullable: true })
  fromStep!: string | null;

  @Column('text', { name: 'to_step' })
  toStep!: string;

  @Column('uuid', { name: 'reject_reason_id', nullable: true })
  rejectReasonId!: string | null;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;
}
