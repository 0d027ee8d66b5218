import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { EmploymentType, StageStep, VacancyStatus } from '@referrals/domain';
import { minorUnits } from '../../database/minor-units.transformer';


@Entity('vacancies')
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  department!: string;

  @Column('text')
  location!: string;

  @Column('text', { name: 'employment_type' })
  employmentType!: EmploymentType;

  @Column('text')
  category!: string;

  @Column('text')
  description!: string;

  @Column('text')
  status!: VacancyStatus;

  @Column('uuid', { name: 'hiring_manager_id', nullable: true })
  hiringManagerId!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('bigint', { name: 'bonus_amount_minor', transformer: minorUnits })
  bonusAmountMinor!: number;

  @Column('char', { name: 'bonus_currency', length: 3 })
  bonusCurrency!: string;

  /** The share of the bonus paid at hire; the rest after probation. */
  @Column('int', { name: 'bonus_at_hire_percent', default: 0 })
  bonusAtHirePercent!: number;

  @Column('int', { name: 'probation_months' })
  probationMonths!: number;

  @Column('uuid', { name: 'stage_template_id', nullable: true })
  stageTemplateId!: string | null;

  /** The vacancy's own copy of its steps (see the pipeline migration). */
  @Column('jsonb')
  steps!: StageStep[];

  @Column('boolean', { name: 'public_apply', default: false })
  publicApply!: boolean;

  @Column('timestamptz', { name: 'opened_at', nullable: true })
  openedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
