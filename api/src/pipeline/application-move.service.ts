import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ApplicationDetailResponse, MoveApplicationDto } from '@referrals/contracts';
import { calendarDateIn, decideMove, DEFAULT_STEPS, isCalendarDate } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { HiresService } from '../hires/hires.service';
import { ReferralsService } from '../referrals/referrals.service';
import { SettingsService } from '../settings/settings.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { ApplicationsService } from './applications.service';
import { ReferrerNotices } from './referrer-notices';
import { RejectReasonsService } from './reject-reasons.service';

/** How far from today a start date may lie: a typo of a year is caught, a late-recorded hire is not refused. */
const START_DATE_WINDOW_DAYS = { past: 366, future: 731 };

const UNIQUE_VIOLATION = '23505';

/**
 * Moving a candidate between steps. One transaction holds the application's row lock from the version check
 * to the event, the audit entry and, for a hire, the hire and its bonus, so two movers never both win.
 */
@Injectable()
export class ApplicationMoveService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesRepository,
    private readonly referrals: ReferralsService,
    private readonly rejectReasons: RejectReasonsService,
    private readonly hires: HiresService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    private readonly notices: ReferrerNotices,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async move(viewer: AuthenticatedUser, id: string, dto: MoveApplicationDto): Promise<ApplicationDetailResponse> {
    await this.applications.visibleRow(viewer, id);
    const now = this.clock.now();
    if (dto.startDate !== undefined) await this.checkStartDate(dto.startDate, now);
    const reason = dto.reason?.trim() || null;
    try {
      await this.dataSource.transaction(async (manager) => {
        const application = await this.candidates.lockApplication(manager, id);
        if (!application) throw new AppError('not_found', 'No such candidate.');
        if (application.version !== dto.version) throw await this.applications.staleVersion(id);
        const vacancy = application.vacancyId ? await this.vacancies.findById(application.vacancyId, manager) : null;
        const decision = decideMove({
          steps: vacancy?.steps ?? DEFAULT_STEPS,
          from: application.step,
          to: dto.toStage,
          hasReason: reason !== null,
          hasRejectReason: dto.rejectReasonId !== undefined,
          hasStartDate: dto.startDate !== undefined,
          hasVacancy: vacancy !== null,
        });
        if (!decision.allowed) {
          throw new AppError('invalid_transition', `This move is not allowed: ${decision.refusal}.`, undefined, { refusal: decision.refusal });
        }
        const rejectReason = decision.kind === 'reject' && dto.rejectReasonId ? await this.rejectReasons.activeReason(manager, dto.rejectReasonId) : null;
        const moved = await this.candidates.moveApplication(manager, application, {
          toStep: dto.toStage,
          toStage: decision.toStage,
          actorId: viewer.id,
          reason,
          rejectReasonId: rejectReason?.id ?? null,
          at: now,
        });
        await this.audit.record(
          {
            actorId: viewer.id,
            action: 'application.moved',
            entityType: 'application',
            entityId: id,
            before: { step: application.step, stage: application.stage, version: application.version },
            after: { step: dto.toStage, stage: decision.toStage, kind: decision.kind, reason, rejectReasonId: rejectReason?.id ?? null },
          },
          manager,
        );
        const referral = await this.referrals.forApplication(manager, id);
        if (decision.hire && vacancy && dto.startDate) {
          const { bonuses } = await this.hires.recordHire(manager, {
            application,
            vacancy,
            referral,
            startDate: dto.startDate,
            actorId: viewer.id,
            now,
          });
          await this.notices.hired(manager, { application, vacancy, referral, startDate: dto.startDate, bonuses });
        } else {
          await this.notices.moved(manager, { before: application, toStage: decision.toStage, version: moved.version, vacancy, referral });
        }
      });
    } catch (error) {
      // Reopening next to a newer application for the same vacancy trips the one-active-application index.
      const failure = error as { code?: string; constraint?: string };
      if (failure.code === UNIQUE_VIOLATION && failure.constraint?.startsWith('applications_active_')) {
        throw new AppError('invalid_transition', 'The candidate is already in process for this vacancy.', undefined, {
          refusal: 'candidate_in_process',
        });
      }
      throw error;
    }
    return this.applications.detail(viewer, id);
  }

  private async checkStartDate(startDate: string, now: Date): Promise<void> {
    const today = calendarDateIn(await this.settings.get('companyTimeZone'), now);
    const days = (Date.parse(startDate) - Date.parse(today)) / 86_400_000;
    if (!isCalendarDate(startDate) || days < -START_DATE_WINDOW_DAYS.past || days > START_DATE_WINDOW_DAYS.future) {
      throw new AppError('validation_failed', 'The start date is not plausible.', [
        { field: 'startDate', message: 'must be a real date within a year before and two years after today' },
      ]);
    }
  }
}
