import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An application that reached Hired: the start date and the probation end the bonus waits for. */
@Entity('hires')
export class HireEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('uuid', { name: 'candidate_id' })
  candidateId!: string;

  @Column('uuid', { name: 'vacancy_id' })
  vacancyId!: string;

  @Column('uuid', { name: 'referral_id', nullable: true })
  referralId!: string | null;

  /** Calendar dates (`YYYY-MM-DD`) in the company's time zone, kept as strings so no time zone shifts them. */
  @Column('date', { name: 'start_date' })
  startDate!: string;

  @Column('date', { name: 'probation_ends_on' })
  probationEndsOn!: string;

  @Column('text', { name: 'no_bonus_reason', nullable: true })
  noBonusReason!: string | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('date', { name: 'left_on', nullable: true })
  leftOn!: string | null;

  @Column('text', { name: 'left_reason', nullable: true })
  leftReason!: string | null;

  @Column('int', { default: 1 })
  version!: number;
}
