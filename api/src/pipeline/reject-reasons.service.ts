import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BUILT_IN_REJECT_REASONS, type CreateRejectReasonDto, type RejectReasonResponse } from '@referrals/contracts';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { mapRejectReason } from './application.mapper';
import { RejectReasonEntity } from './entities/reject-reason.entity';

/** The managed list a rejection picks its reason from; reasons are retired, never deleted, so history keeps them. */
@Injectable()
export class RejectReasonsService {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(includeInactive: boolean): Promise<RejectReasonResponse[]> {
    const query = this.dataSource
      .getRepository(RejectReasonEntity)
      .createQueryBuilder('r')
      // Built-in reasons first in their listed order ("other" last of them), then the company's own.
      .orderBy('array_position(:builtIn::text[], r.code)', 'ASC', 'NULLS LAST')
      .addOrderBy('r.created_at', 'ASC')
      .addOrderBy('r.label', 'ASC')
      .setParameter('builtIn', BUILT_IN_REJECT_REASONS);
    if (!includeInactive) query.where('r.active');
    const rows = await query.getMany();
    return rows.map(mapRejectReason);
  }

  async create(actor: AuthenticatedUser, dto: CreateRejectReasonDto): Promise<RejectReasonResponse> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(RejectReasonEntity).save({ label: dto.label.trim(), code: null, active: true, createdBy: actor.id });
      await this.audit.record(
        { actorId: actor.id, action: 'reject_reason.created', entityType: 'reject_reason', entityId: saved.id, after: { label: saved.label } },
        manager,
      );
      return mapRejectReason(saved);
    });
  }

  async setActive(actor: AuthenticatedUser, id: string, active: boolean): Promise<RejectReasonResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RejectReasonEntity);
      const reason = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!reason) throw new AppError('not_found', 'No such reject reason.');
      await repository.update({ id }, { active });
      await this.audit.record(
        { actorId: actor.id, action: 'reject_reason.updated', entityType: 'reject_reason', entityId: id, before: { active: reason.active }, after: { active } },
        manager,
      );
      return mapRejectReason({ ...reason, active });
    });
  }

  /** An active reason for a rejection being recorded; anything else is the mover's mistake. */
  async activeReason(manager: EntityManager, id: string): Promise<RejectReasonEntity> {
    const reason = await manager.getRepository(RejectReasonEntity).findOneBy({ id, active: true });
    if (!reason) {
      throw new AppError('validation_failed', 'Unknown or retired reject reason.', [{ field: 'rejectReasonId', message: 'unknown or retired reason' }]);
    }
    return reason;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, RejectReasonEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(RejectReasonEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
