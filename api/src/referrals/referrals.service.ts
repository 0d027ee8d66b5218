import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  MyReferralResponse,
  Page,
  PageQueryDto,
  ReferralDetailResponse,
  VacancyReferralResponse,
  WithdrawReferralDto,
} from '@referrals/contracts';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import type { StoredFileEntity } from '../files/entities/stored-file.entity';
import { FilesService } from '../files/files.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { seesAllCandidates } from '../candidates/candidate-access';
import { ReferralEntity } from './entities/referral.entity';
import { canWithdraw, mapMyReferral, mapReferralDetail, mapVacancyReferral } from './referral.mapper';
import { type ReferralRow, ReferralsRepository } from './referrals.repository';

const NOT_FOUND = 'No such referral.';


@Injectable()
export class ReferralsService {
  constructor(
    private readonly referrals: ReferralsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly candidates: CandidatesService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  countRecentBy(manager: EntityManager, referrerId: string, now: Date): Promise<{ lastDay: number; last30Days: number }> {
    return this.referrals.countRecent(manager, referrerId, now);
  }

  async listMine(viewer: AuthenticatedUser, query: PageQueryDto): Promise<Page<MyReferralResponse>> {
    const window = pageWindow(query);
    const page = pageOf(await this.referrals.bySubmitter(viewer.id, window), window);
    return { ...page, items: page.items.map(mapMyReferral) };
  }

  /** A referral for the person who made it; for anyone else it does not exist. */
  async getOwn(viewer: AuthenticatedUser, id: string): Promise<ReferralDetailResponse> {
    const row = await this.referrals.findById(id);
    if (!row || row.referrerId !== viewer.id) throw new AppError('not_found', NOT_FOUND);
    return mapReferralDetail(row, await this.referrals.timeline(row.applicationId));
  }

  async withdraw(viewer: AuthenticatedUser, id: string, dto: WithdrawReferralDto): Promise<ReferralDetailResponse> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.referrals.findById(id, manager);
      if (!row || row.referrerId !== viewer.id) throw new AppError('not_found', NOT_FOUND);
      // Candidate first, application second: the same lock order as a submission, so the two never deadlock.
      const candidate = await this.candidates.lock(manager, row.candidateId);
      const application = await this.candidates.lockApplication(manager, row.applicationId);
      if (!application || !canWithdraw(application.stage)) {
        throw new AppError('invalid_transition', 'This referral can no longer be withdrawn.');
      }
      await this.candidates.endApplication(manager, application, {
        toStage: 'withdrawn',
        actorId: viewer.id,
        reason: dto.reason?.trim() || null,
        at: this.clock.now(),
      });
      const releasesClaim =
        candidate?.claimHolderId === viewer.id && !(await this.referrals.hasReferralInProcess(manager, row.candidateId, viewer.id));
      // A referrer who no longer puts the candidate forward does not keep them from everyone else for a year.
      if (releasesClaim) await this.candidates.clearClaim(manager, row.candidateId);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: 'referral.withdrawn',
          entityType: 'referral',
          entityId: id,
          before: { stage: application.stage },
          after: { stage: 'withdrawn', claimReleased: releasesClaim },
        },
        manager,
      );
    });
    return this.getOwn(viewer, id);
  }

  async listForVacancy(viewer: AuthenticatedUser, vacancyId: string, query: PageQueryDto): Promise<Page<VacancyReferralResponse>> {
    const vacancy = await this.vacancies.findById(vacancyId);
    if (!vacancy) throw new AppError('not_found', 'No such vacancy.');
    if (!seesAllCandidates(viewer) && vacancy.hiringManagerId !== viewer.id) {
      throw new AppError('forbidden', 'Only the vacancy’s hiring manager, recruiters and HR see its candidates.');
    }
    return this.referralsOfVacancy(vacancyId, query);
  }

  listGeneral(query: PageQueryDto): Promise<Page<VacancyReferralResponse>> {
    return this.referralsOfVacancy(null, query);
  }

  private async referralsOfVacancy(vacancyId: string | null, query: PageQueryDto): Promise<Page<VacancyReferralResponse>> {
    const window = pageWindow(query);
    const page = pageOf(await this.referrals.byVacancy(vacancyId, window), window);
    return { ...page, items: page.items.map(mapVacancyReferral) };
  }

  /** The referral that brought an application in, if one did. */
  forApplication(manager: EntityManager, applicationId: string): Promise<ReferralEntity | null> {
    return manager.getRepository(ReferralEntity).findOneBy({ applicationId });
  }

  /** The CV for recruiting and HR, and a hiring manager for their own vacancy. */
  async readCv(viewer: AuthenticatedUser, id: string): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const row = await this.referrals.findById(id);
    if (!row) throw new AppError('not_found', NOT_FOUND);
    this.assertSeesCandidate(viewer, row);
    return this.files.readCv(row.cvFileId, { actorId: viewer.id, entityType: 'referral', entityId: id, applicationId: row.applicationId });
  }

  private assertSeesCandidate(viewer: AuthenticatedUser, row: ReferralRow): void {
    if (seesAllCandidates(viewer)) return;
    if (row.vacancyId && row.vacancyHiringManagerId === viewer.id) return;
    throw new AppError('forbidden', 'Only recruiting and HR may read candidates’ CVs.');
  }
}
