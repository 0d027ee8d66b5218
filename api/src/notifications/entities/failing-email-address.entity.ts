import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An address the mail server refused for good; no mail is queued to it until an admin clears it. */
@Entity('failing_email_addresses')
export class FailingEmailAddressEntity {
  @PrimaryColumn('text')
  address!: string;

  @Column('text')
  reason!: string;

  @Column('timestamptz', { name: 'failed_at' })
  failedAt!: Date;
}
