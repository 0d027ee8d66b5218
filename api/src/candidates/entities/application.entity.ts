import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PipelineStage } from '@referrals/domain';

/** A candidate in process for a vacancy (or, with no vacancy, a general referral waiting for one). */
@Entity('applications')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'vacancy_id', nullable: true })
  vacancyId!: string | null;

  @Column('text')
  source!: 'referral' | 'direct';

  @Column('text')
  stage!: PipelineStage;

  /** The step on the vacancy's board; `stage` is the stage that step belongs to. */
  @Column('text', { default: 'new' })
  step!: string;

  @Column('timestamptz', { name: 'stage_entered_at' })
  stageEnteredAt!: Date;

  @Column('uuid', { name: 'cv_file_id', nullable: true })
  cvFileId!: string | null;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('uuid', { name: 'assigned_recruiter_id', nullable: true })
  assignedRecruiterId!: string | null;

  /** Set by the stale job when the candidate idles in a step past the setting; a move clears it. */
  @Column('timestamptz', { name: 'stale_since', nullable: true })
  staleSince!: Date | null;

  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
