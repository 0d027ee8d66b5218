import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { AuditEntryResponse, Page } from '@referrals/contracts';
import { CLOCK, type Clock } from '../common/clock';
import { currentRequestId } from '../common/request-context';
import { pageOf, pageWindow } from '../common/paging';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export function mapAuditEntry(row: AuditEntryEntity): AuditEntryResponse {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Appends one entry. Pass the transaction's manager so the entry commits or rolls back with the change
   * it describes.
   */
  async record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEntryEntity) : this.entries;
    await repository.insert({
      occurredAt: this.clock.now(),
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      // jsonb columns: TypeORM's typing cannot express "any JSON value", hence the casts.
      before: (record.before ?? null) as object,
      after: (record.after ?? null) as object,
      requestId: currentRequestId(),
    });
  }

  async list(query: { page?: number; pageSize?: number; entityType?: string; action?: string }): Promise<Page<AuditEntryResponse>> {
    const window = pageWindow(query, 50);
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'DESC').offset(window.offset).limit(window.fetch);
    if (query.entityType) builder.andWhere('entry.entityType = :entityType', { entityType: query.entityType });
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    const page = pageOf(await builder.getMany(), window);
    return { ...page, items: page.items.map(mapAuditEntry) };
  }
}
