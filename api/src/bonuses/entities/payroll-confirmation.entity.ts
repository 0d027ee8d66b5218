import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConfirmationReport } from '@referrals/contracts';

/** A confirmation file payroll sent back, and what it did. */
@Entity('payroll_confirmations')
export class PayrollConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'batch_id' })
  batchId!: string;

  @Column('uuid', { name: 'file_id', nullable: true })
  fileId!: string | null;

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @Column('timestamptz', { name: 'uploaded_at' })
  uploadedAt!: Date;

  @Column('int', { name: 'paid_count' })
  paidCount!: number;

  @Column('jsonb')
  report!: ConfirmationReport;
}
