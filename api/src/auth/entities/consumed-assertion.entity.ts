import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Assertion ids already used to sign in; the primary key makes a replay fail even under a race. */
@Entity('saml_consumed_assertions')
export class ConsumedAssertionEntity {
  @PrimaryColumn('text', { name: 'assertion_id' })
  assertionId!: string;

  @Column('timestamptz', { name: 'consumed_at' })
  consumedAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
