import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Why a candidate was rejected: built-in reasons carry a code the screens translate, added ones their label. */
@Entity('reject_reasons')
export class RejectReasonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { nullable: true })
  code!: string | null;

  @Column('text')
  label!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
