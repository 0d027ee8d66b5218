import { Column, Entity, PrimaryColumn } from 'typeorm';
import { minorUnits } from '../../database/minor-units.transformer';

@Entity('department_budgets')
export class DepartmentBudgetEntity {
  @PrimaryColumn('text')
  department!: string;

  /** `2026-Q4`. */
  @PrimaryColumn('text')
  quarter!: string;

  @Column('bigint', { name: 'amount_minor', transformer: minorUnits })
  amountMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
