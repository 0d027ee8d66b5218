import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferralChannel, ReferralRelationship } from '@referrals/domain';

@Entity('referrals')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'vacancy_id', nullable: true })
  vacancyId!: string | null;

  /** Who submitted the referral. */
  @Column('uuid', { name: 'referrer_id' })
  referrerId!: string;

  /** Who earns the credit; differs from the referrer only after a credit dispute was upheld. */
  @Column('uuid', { name: 'credited_referrer_id' })
  creditedReferrerId!: string;

  @Column('text')
  relationship!: ReferralRelationship;

  @Column('text')
  motivation!: string;

  @Column('boolean', { name: 'candidate_consent_confirmed' })
  candidateConsentConfirmed!: boolean;

  @Column('text')
  channel!: ReferralChannel;

  @Column('text', { name: 'no_bonus_reason', nullable: true })
  noBonusReason!: 'hiring_manager_own_vacancy' | null;

  @Column('int', { name: 'programme_version', nullable: true })
  programmeVersion!: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
