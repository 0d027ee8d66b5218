import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('candidates')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-cased): the candidate's identity. */
  @Column('text')
  email!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text', { name: 'phone_e164', nullable: true })
  phoneE164!: string | null;

  @Column('text', { name: 'linkedin_url', nullable: true })
  linkedinUrl!: string | null;

  /** The owning referrer; null with a `claimSince` means the candidate applied directly. */
  @Column('uuid', { name: 'claim_holder_id', nullable: true })
  claimHolderId!: string | null;

  @Column('uuid', { name: 'claim_referral_id', nullable: true })
  claimReferralId!: string | null;

  @Column('timestamptz', { name: 'claim_since', nullable: true })
  claimSince!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
