import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MoneyTotal } from '@referrals/contracts';

/** One export to payroll; its CSV and XLSX are written once and served as stored, byte for byte. */
@Entity('payroll_batches')
export class PayrollBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** A running number people can say on the phone to payroll; the database assigns it (identity column). */
  @Column({ type: 'int', insert: false, update: false })
  number!: number;

  @Column('date', { name: 'approved_until' })
  approvedUntil!: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('uuid', { name: 'csv_file_id' })
  csvFileId!: string;

  @Column('uuid', { name: 'xlsx_file_id' })
  xlsxFileId!: string;

  @Column('int', { name: 'bonus_count' })
  bonusCount!: number;

  @Column('jsonb')
  totals!: MoneyTotal[];
}
