import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  AddApplicationNoteDto,
  ApplicationDetailResponse,
  ApplicationListItemResponse,
  ApplicationNoteResponse,
  ApplicationQueryDto,
  AssignRecruiterDto,
  Page,
} from '@referrals/contracts';
import { DEFAULT_STEPS } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import type { StoredFileEntity } from '../files/entities/stored-file.entity';
import { FilesService } from '../files/files.service';
import { HiresService } from '../hires/hires.service';
import { UsersService } from '../users/users.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { mapDetail, mapListItem, mapNote } from './application.mapper';
import { type ApplicationDetailRow, ApplicationsRepository } from './applications.repository';
import { assertSeesCandidatesOf, candidateScopeOf, pipelinePermissionsOf } from './candidate-scope';
import { ApplicationNoteEntity } from './entities/application-note.entity';
import { RejectReasonsService } from './reject-reasons.service';

/** Reading candidates in the pipeline, their notes, and who recruits them. Moves are `ApplicationMoveService`'s. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesRepository,
    private readonly rejectReasons: RejectReasonsService,
    private readonly hires: HiresService,
    private readonly files: FilesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(viewer: AuthenticatedUser, query: ApplicationQueryDto): Promise<Page<ApplicationListItemResponse>> {
    const window = pageWindow(query, 25);
    const rows = await this.applications.list({
      scope: candidateScopeOf(viewer),
      vacancyId: query.vacancyId,
      stage: query.stage,
      step: query.step,
      recruiterId: query.recruiter === 'me' ? viewer.id : query.recruiter,
      staleOnly: query.stale ?? false,
      includeEnded: query.includeEnded ?? false,
      text: query.q?.trim() || undefined,
      window,
    });
    const page = pageOf(rows, window);
    return { ...page, items: page.items.map(mapListItem) };
  }

  async detail(viewer: AuthenticatedUser, id: string): Promise<ApplicationDetailResponse> {
    const row = await this.visibleRow(viewer, id);
    const [vacancy, notes, events, hire] = await Promise.all([
      row.vacancyId ? this.vacancies.findById(row.vacancyId) : null,
      this.applications.notes(id),
      this.applications.events(id),
      this.hires.forApplication(id),
    ]);
    const [people, rejectReasons] = await Promise.all([
      this.users.peopleByIds([
        row.submitterId,
        row.referrerId,
        vacancy?.hiringManagerId ?? null,
        ...notes.map((note) => note.authorId),
        ...events.map((event) => event.actorId),
      ]),
      this.rejectReasons.byIds(events.flatMap((event) => (event.rejectReasonId ? [event.rejectReasonId] : []))),
    ]);
    return mapDetail({
      row,
      steps: vacancy?.steps ?? [...DEFAULT_STEPS],
      hiringManager: vacancy?.hiringManagerId ? (people.get(vacancy.hiringManagerId) ?? null) : null,
      notes,
      events,
      rejectReasons,
      people,
      hire,
      permissions: pipelinePermissionsOf(viewer),
    });
  }

  /** Recruiters write internal notes, hiring managers feedback; neither ever reaches the referrer. */
  async addNote(viewer: AuthenticatedUser, id: string, dto: AddApplicationNoteDto): Promise<ApplicationNoteResponse> {
    await this.visibleRow(viewer, id);
    const kind = viewer.roles.includes('recruiter') ? 'note' : 'feedback';
    const body = dto.body.trim();
    if (!body) throw new AppError('validation_failed', 'A note needs text.', [{ field: 'body', message: 'must not be blank' }]);
    return this.dataSource.transaction(async (manager) => {
      const note = await manager
        .getRepository(ApplicationNoteEntity)
        .save({ applicationId: id, authorId: viewer.id, kind, body, createdAt: this.clock.now() });
      // The audit keeps that a note was written, not what it says: notes can hold personal data.
      await this.audit.record(
        { actorId: viewer.id, action: 'application.note_added', entityType: 'application', entityId: id, after: { noteId: note.id, kind } },
        manager,
      );
      return mapNote(note, { id: viewer.id, displayName: viewer.displayName });
    });
  }

  async assignRecruiter(viewer: AuthenticatedUser, id: string, dto: AssignRecruiterDto): Promise<ApplicationDetailResponse> {
    const recruiterId = dto.recruiterId ?? null;
    if (recruiterId) {
      const recruiter = await this.users.findById(recruiterId);
      if (!recruiter?.active || !recruiter.roles.includes('recruiter')) {
        throw new AppError('validation_failed', 'Only an active recruiter can be assigned.', [{ field: 'recruiterId', message: 'not an active recruiter' }]);
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const application = await this.candidates.lockApplication(manager, id);
      if (!application) throw new AppError('not_found', 'No such candidate.');
      if (application.version !== dto.version) throw await this.staleVersion(id);
      await this.candidates.assignRecruiter(manager, application, recruiterId);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: 'application.recruiter_assigned',
          entityType: 'application',
          entityId: id,
          before: { recruiterId: application.assignedRecruiterId },
          after: { recruiterId },
        },
        manager,
      );
    });
    return this.detail(viewer, id);
  }

  async readCv(viewer: AuthenticatedUser, id: string): Promise<{ file: StoredFileEntity; data: Buffer }> {
    const row = await this.visibleRow(viewer, id);
    return this.files.readCv(row.cvFileId, { actorId: viewer.id, entityType: 'application', entityId: id, applicationId: id });
  }

  /** The 409 for a write made on an old version: it carries the current state, so the screen can show it. */
  async staleVersion(id: string): Promise<AppError> {
    const row = await this.applications.findDetail(id);
    return new AppError('conflict', 'Someone else changed this candidate just now.', undefined, {
      current: row && { id: row.id, version: row.version, stepKey: row.step, stage: row.stage, stageEnteredAt: row.stageEnteredAt.toISOString() },
    });
  }

  async visibleRow(viewer: AuthenticatedUser, id: string): Promise<ApplicationDetailRow> {
    const row = await this.applications.findDetail(id);
    if (!row) throw new AppError('not_found', 'No such candidate.');
    assertSeesCandidatesOf(viewer, row.vacancyId ? { hiringManagerId: row.vacancyHiringManagerId } : null);
    return row;
  }
}
