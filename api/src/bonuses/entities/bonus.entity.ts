import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BonusPart, BonusState } from '@referrals/domain';
import { minorUnits } from '../../database/minor-units.transformer';

/** What a hire earns its referrer, per part; one row per hire and part, guarded by a unique key. */
@Entity('bonuses')
export class BonusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'hire_id' })
  hireId!: string;

  @Column('uuid', { name: 'referral_id' })
  referralId!: string;

  @Column('uuid', { name: 'beneficiary_id' })
  beneficiaryId!: string;

  @Column('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('text')
  department!: string;

  @Column('text', { default: 'whole' })
  part!: BonusPart;

  @Column('bigint', { name: 'amount_minor', transformer: minorUnits })
  amountMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('text', { default: 'pending_probation' })
  state!: BonusState;

  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_comment', nullable: true })
  decisionComment!: string | null;

  @Column('text', { name: 'budget_override_reason', nullable: true })
  budgetOverrideReason!: string | null;

  @Column('uuid', { name: 'batch_id', nullable: true })
  batchId!: string | null;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Column('text', { name: 'forfeit_reason', nullable: true })
  forfeitReason!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
