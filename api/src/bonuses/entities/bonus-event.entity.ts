import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BonusState } from '@referrals/domain';

/** One transition of a bonus, written in the transaction that made it. */
@Entity('bonus_events')
export class BonusEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'bonus_id' })
  bonusId!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'from_state', nullable: true })
  fromState!: BonusState | null;

  @Column('text', { name: 'to_state' })
  toState!: BonusState;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;
}
