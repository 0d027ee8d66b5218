import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a trigger in the database refuses UPDATE, DELETE and TRUNCATE on this table. */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entityType', 'entityId'])
@Index('audit_log_occurred_at_idx', ['occurredAt'])
export class AuditEntryEntity {
  /** bigint: pg hands it over as a string, which keeps ids beyond 2^53 exact. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'entity_type' })
  entityType!: string;

  @Column('text', { name: 'entity_id', nullable: true })
  entityId!: string | null;

  @Column('jsonb', { nullable: true })
  before!: unknown;

  @Column('jsonb', { nullable: true })
  after!: unknown;

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;
}
