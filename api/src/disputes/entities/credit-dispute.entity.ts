import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisputeStatus } from '@referrals/domain';

@Entity('credit_disputes')
export class CreditDisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'claimant_id' })
  claimantId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'vacancy_id', nullable: true })
  vacancyId!: string | null;

  /** The claim holder when the dispute was filed; null when the candidate had applied directly. */
  @Column('uuid', { name: 'holder_id', nullable: true })
  holderId!: string | null;

  @Column('uuid', { name: 'holder_referral_id', nullable: true })
  holderReferralId!: string | null;

  @Column('text')
  statement!: string;

  @Column('text')
  status!: DisputeStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
