import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StageStep } from '@referrals/domain';

/** A named list of hiring steps that recruiters pick for a vacancy; the vacancy copies it. */
@Entity('stage_templates')
export class StageTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  steps!: StageStep[];

  @Column('boolean', { name: 'built_in', default: false })
  builtIn!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
