import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type DecideDisputeDto,
  type DisputeCaseResponse,
  type DisputeQueryDto,
  type FileDisputeDto,
  hasPermission,
  type MyDisputeResponse,
  type Page,
} from '@referrals/contracts';
import { blockingClaim, normaliseEmail } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { BonusesService } from '../bonuses/bonuses.service';
import { AppError } from '../common/app-error';
import { pageOf, pageWindow } from '../common/paging';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { disputeReferences, type DisputeLookups, mapDisputeCase, mapMyDispute } from './dispute.mapper';
import { DisputesRepository } from './disputes.repository';
import type { CreditDisputeEntity } from './entities/credit-dispute.entity';

/**
 * One text for every case in which there is nothing to dispute (unknown candidate, the filer's own claim, a
 * lapsed claim), so the answer never tells the filer whether or by whom the candidate is known.
 */
export const NOT_APPLICABLE_DETAIL =
  'A claim can only be filed for a candidate you referred whose referral was not accepted because someone else holds them.';

/** Postgres' unique_violation on the index that allows one open dispute per claimant and candidate. */
function isSecondOpenDispute(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'credit_disputes_one_open_idx';
}

@Injectable()
export class DisputesService {
  constructor(
    private readonly disputes: DisputesRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly bonuses: BonusesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private isHr(viewer: AuthenticatedUser): boolean {
    return hasPermission(viewer.roles, 'manageProgramme');
  }

  async file(filer: AuthenticatedUser, dto: FileDisputeDto): Promise<MyDisputeResponse> {
    if (dto.vacancyId) {
      const vacancy = await this.vacancies.findById(dto.vacancyId);
      // A draft does not exist for employees, so it cannot be named in a claim either.
      if (!vacancy || vacancy.status === 'draft') {
        throw new AppError('validation_failed', 'The vacancy does not exist.', [{ field: 'vacancyId', message: 'no such vacancy' }]);
      }
    }
    const windowMonths = await this.settings.get('ownershipWindowMonths');
    const now = this.clock.now();
    let dispute: CreditDisputeEntity;
    try {
      dispute = await this.dataSource.transaction(async (manager) => {
        const candidate = await this.disputes.findCandidateByEmailForShare(manager, normaliseEmail(dto.candidateEmail));
        const claim = candidate?.claimSince ? { holderId: candidate.claimHolderId, since: candidate.claimSince } : null;
        if (!candidate || !blockingClaim(claim, filer.id, now, windowMonths)) {
          throw new AppError('dispute_not_applicable', NOT_APPLICABLE_DETAIL);
        }
        const saved = await this.disputes.insert(manager, {
          claimantId: filer.id,
          candidateId: candidate.id,
          vacancyId: dto.vacancyId ?? null,
          holderId: candidate.claimHolderId,
          holderReferralId: candidate.claimReferralId,
          statement: dto.statement,
          createdAt: now,
        });
        await this.audit.record(
          {
            actorId: filer.id,
            action: 'dispute.filed',
            entityType: 'credit_dispute',
            entityId: saved.id,
            after: { candidateId: candidate.id, vacancyId: saved.vacancyId, holderId: saved.holderId, holderReferralId: saved.holderReferralId },
          },
          manager,
        );
        return saved;
      });
    } catch (error) {
      if (isSecondOpenDispute(error)) {
        throw new AppError('conflict', 'You already have an open claim for this candidate.');
      }
      throw error;
    }
    const [mine] = await this.mapMine([dispute]);
    return mine;
  }

  /** HR see every dispute with both sides; everyone else sees only their own, without the other side. */
  list(viewer: AuthenticatedUser, query: DisputeQueryDto): Promise<Page<DisputeCaseResponse> | Page<MyDisputeResponse>> {
    return this.isHr(viewer) ? this.listCases(query) : this.listMine(viewer, query);
  }

  async listMine(viewer: AuthenticatedUser, query: DisputeQueryDto): Promise<Page<MyDisputeResponse>> {
    const window = pageWindow(query);
    const page = pageOf(await this.disputes.page({ claimantId: viewer.id, status: query.status, order: 'newest', window }), window);
    return { ...page, items: await this.mapMine(page.items) };
  }

  private async listCases(query: DisputeQueryDto): Promise<Page<DisputeCaseResponse>> {
    const window = pageWindow(query);
    const page = pageOf(await this.disputes.page({ status: query.status, order: 'queue', window }), window);
    return { ...page, items: await this.mapCases(page.items) };
  }

  async decide(actor: AuthenticatedUser, id: string, dto: DecideDisputeDto): Promise<DisputeCaseResponse> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const dispute = await this.disputes.lockDispute(manager, id);
      if (!dispute) throw new AppError('not_found', 'No such dispute.');
      if (actor.id === dispute.claimantId || actor.id === dispute.holderId) {
        throw new AppError('forbidden', 'You cannot decide a dispute you are a party to.');
      }
      if (dispute.status !== 'open') throw new AppError('conflict', 'This dispute has already been decided.');

      if (dto.outcome === 'upheld') {
        const candidate = await this.disputes.lockCandidate(manager, dispute.candidateId);
        if (!candidate) throw new Error(`Dispute ${id} names a candidate that does not exist`);
        // Whoever holds the claim now loses it, even if it changed hands after the dispute was filed.
        const previousHolderId = candidate.claimHolderId;
        await this.disputes.moveClaim(manager, candidate.id, dispute.claimantId);
        const movedReferralIds =
          previousHolderId && previousHolderId !== dispute.claimantId
            ? await this.disputes.moveCredit(manager, candidate.id, previousHolderId, dispute.claimantId)
            : [];
        // A bonus not yet sent to payroll follows the credit.
        await this.bonuses.followCredit(manager, movedReferralIds, dispute.claimantId, { actorId: actor.id, at: now });
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'candidate.ownership_moved',
            entityType: 'candidate',
            entityId: candidate.id,
            before: { holderId: previousHolderId, claimReferralId: candidate.claimReferralId },
            after: { holderId: dispute.claimantId, claimReferralId: null, disputeId: id, creditedReferralIds: movedReferralIds },
          },
          manager,
        );
      }

      await this.disputes.recordDecision(manager, id, {
        status: dto.outcome,
        decidedBy: actor.id,
        decidedAt: now,
        decisionReason: dto.reason,
      });
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'dispute.decided',
          entityType: 'credit_dispute',
          entityId: id,
          before: { status: dispute.status },
          after: { status: dto.outcome, reason: dto.reason },
        },
        manager,
      );
    });
    const decided = await this.disputes.findById(id);
    if (!decided) throw new Error(`Dispute ${id} vanished after its decision`);
    const [response] = await this.mapCases([decided]);
    return response;
  }

  private async mapMine(rows: CreditDisputeEntity[]): Promise<MyDisputeResponse[]> {
    const refs = disputeReferences(rows);
    const [candidates, vacancies] = await Promise.all([
      this.disputes.candidatesByIds(refs.candidateIds),
      this.disputes.vacancyRefsByIds(refs.vacancyIds),
    ]);
    return rows.map((row) => mapMyDispute(row, { candidates, vacancies }));
  }

  /** A page of cases in a fixed handful of queries: candidates, referrals, then vacancies and people together. */
  private async mapCases(rows: CreditDisputeEntity[]): Promise<DisputeCaseResponse[]> {
    const refs = disputeReferences(rows);
    const [candidates, referrals] = await Promise.all([
      this.disputes.candidatesByIds(refs.candidateIds),
      this.disputes.referralsByIds(refs.referralIds),
    ]);
    const holderVacancyIds = [...referrals.values()].map((referral) => referral.vacancyId);
    const [vacancies, users] = await Promise.all([
      this.disputes.vacancyRefsByIds([...refs.vacancyIds, ...holderVacancyIds]),
      this.users.findByIds(refs.personIds),
    ]);
    const lookups: DisputeLookups = {
      candidates,
      referrals,
      vacancies,
      people: new Map(users.map((user) => [user.id, { id: user.id, displayName: user.displayName, email: user.email }])),
    };
    return rows.map((row) => mapDisputeCase(row, lookups));
  }
}
