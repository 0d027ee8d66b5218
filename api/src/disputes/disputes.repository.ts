import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { DisputeStatus } from '@referrals/domain';
import { CandidateEntity } from '../candidates/entities/candidate.entity';
import { ReferralEntity } from '../referrals/entities/referral.entity';
import { VacancyEntity } from '../vacancies/entities/vacancy.entity';
import type { PageWindow } from '../common/paging';
import { CreditDisputeEntity } from './entities/credit-dispute.entity';

export interface DisputePageQuery {
  /** Only this person's disputes; absent for HR, who see everyone's. */
  claimantId?: string;
  status?: DisputeStatus;
  /** HR work the queue oldest open first; a filer reads their own newest first. */
  order: 'queue' | 'newest';
  window: PageWindow;
}

export type NewDispute = Pick<
  CreditDisputeEntity,
  'claimantId' | 'candidateId' | 'vacancyId' | 'holderId' | 'holderReferralId' | 'statement' | 'createdAt'
>;

/**
 * The disputes table, and the reads and the one ownership move a dispute needs on candidates, referrals and
 * vacancies. Every list read takes id lists, so a page costs the same few queries however long it is.
 */
@Injectable()
export class DisputesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The candidate by normalised email, share-locked so a decision cannot move the claim while a dispute is filed. */
  findCandidateByEmailForShare(manager: EntityManager, email: string): Promise<CandidateEntity | null> {
    return manager.getRepository(CandidateEntity).findOne({ where: { email }, lock: { mode: 'pessimistic_read' } });
  }

  lockCandidate(manager: EntityManager, id: string): Promise<CandidateEntity | null> {
    return manager.getRepository(CandidateEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, dispute: NewDispute): Promise<CreditDisputeEntity> {
    const repository = manager.getRepository(CreditDisputeEntity);
    return repository.save(repository.create({ ...dispute, status: 'open' }));
  }

  findById(id: string, manager?: EntityManager): Promise<CreditDisputeEntity | null> {
    return this.db(manager).getRepository(CreditDisputeEntity).findOneBy({ id });
  }

  lockDispute(manager: EntityManager, id: string): Promise<CreditDisputeEntity | null> {
    return manager.getRepository(CreditDisputeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async recordDecision(
    manager: EntityManager,
    id: string,
    decision: Pick<CreditDisputeEntity, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'>,
  ): Promise<void> {
    await manager.getRepository(CreditDisputeEntity).update({ id }, decision);
  }

  /**
   * Gives the claim to the claimant. The claim keeps its start date, so the ownership window does not begin
   * again; it no longer rests on a particular referral.
   */
  async moveClaim(manager: EntityManager, candidateId: string, claimantId: string): Promise<void> {
    await manager.getRepository(CandidateEntity).update({ id: candidateId }, { claimHolderId: claimantId, claimReferralId: null });
  }

  /** Moves the credit of the candidate's referrals from the previous holder to the claimant; returns the referrals moved. */
  async moveCredit(manager: EntityManager, candidateId: string, fromUserId: string, toUserId: string): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ creditedReferrerId: toUserId })
      .where('candidate_id = :candidateId AND credited_referrer_id = :fromUserId', { candidateId, fromUserId })
      .returning('id')
      .execute();
    const returned = result.raw as { id: string }[];
    return returned.map((row) => row.id).sort();
  }

  /** One page, fetched with one extra row to tell whether another page follows. */
  page(query: DisputePageQuery): Promise<CreditDisputeEntity[]> {
    const builder = this.dataSource.getRepository(CreditDisputeEntity).createQueryBuilder('d');
    if (query.claimantId) builder.andWhere('d.claimant_id = :claimantId', { claimantId: query.claimantId });
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    if (query.order === 'queue') {
      builder
        .orderBy(`CASE WHEN d.status = 'open' THEN 0 ELSE 1 END`, 'ASC')
        .addOrderBy(`CASE WHEN d.status = 'open' THEN d.created_at END`, 'ASC')
        .addOrderBy('d.decided_at', 'DESC', 'NULLS LAST');
    } else {
      builder.orderBy('d.created_at', 'DESC');
    }
    return builder.addOrderBy('d.id', 'ASC').offset(query.window.offset).limit(query.window.fetch).getMany();
  }

  async candidatesByIds(ids: readonly string[]): Promise<Map<string, CandidateEntity>> {
    const unique = [...new Set(ids)];
    const rows = unique.length === 0 ? [] : await this.dataSource.getRepository(CandidateEntity).findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  async referralsByIds(ids: readonly (string | null)[]): Promise<Map<string, ReferralEntity>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows = unique.length === 0 ? [] : await this.dataSource.getRepository(ReferralEntity).findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Vacancy titles by id, for the references on a dispute. */
  async vacancyRefsByIds(ids: readonly (string | null)[]): Promise<Map<string, { id: string; title: string }>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const rows =
      unique.length === 0
        ? []
        : await this.dataSource.getRepository(VacancyEntity).find({ select: { id: true, title: true }, where: { id: In(unique) } });
    return new Map(rows.map((row) => [row.id, { id: row.id, title: row.title }]));
  }
}
