import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type ChangeVacancyStatusDto,
  type CreateVacancyDto,
  hasPermission,
  type Page,
  type UpdateVacancyDto,
  type VacancyFacetsResponse,
  type VacancyResponse,
  type VacancySearchQueryDto,
  type VacancySummaryResponse,
} from '@referrals/contracts';
import { canChangeVacancyStatus, stageOfStep } from '@referrals/domain';
import { CandidatesService } from '../candidates/candidates.service';
import { StageTemplatesService } from '../stage-templates/stage-templates.service';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import { SettingsService } from '../settings/settings.service';
import { UsersService } from '../users/users.service';
import { VacancyEntity } from './entities/vacancy.entity';
import { VacanciesRepository } from './vacancies.repository';
import { mapVacancy, mapVacancySummary } from './vacancy.mapper';
import type { EntityManager } from 'typeorm';

@Injectable()
export class VacanciesService {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly settings: SettingsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly stageTemplates: StageTemplatesService,
    private readonly candidates: CandidatesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private canManage(viewer: AuthenticatedUser): boolean {
    return hasPermission(viewer.roles, 'manageVacancies');
  }

  async search(viewer: AuthenticatedUser, query: VacancySearchQueryDto): Promise<Page<VacancySummaryResponse>> {
    const window = pageWindow(query);
    const text = query.q?.trim();
    const rows = await this.vacancies.search({
      text: text || undefined,
      department: query.department,
      location: query.location,
      category: query.category,
      employmentType: query.employmentType,
      // Only people who manage vacancies see drafts, held and closed ones.
      status: this.canManage(viewer) ? (query.status ?? 'open') : 'open',
      sort: query.sort ?? (text ? 'relevance' : 'newest'),
      window,
    });
    const page = pageOf(rows, window);
    return { ...page, items: page.items.map(mapVacancySummary) };
  }

  facets(): Promise<VacancyFacetsResponse> {
    return this.vacancies.facets('open');
  }

  async get(viewer: AuthenticatedUser, id: string): Promise<VacancyResponse> {
    const vacancy = await this.vacancies.findById(id);
    // A vacancy an employee may not see does not exist for them.
    if (!vacancy || (vacancy.status !== 'open' && !this.canManage(viewer))) {
      throw new AppError('not_found', 'No such vacancy.');
    }
    return this.withPeople(vacancy);
  }

  /** The response with the names of its recruiters and hiring manager, in one query for all of them. */
  private async withPeople(vacancy: VacancyEntity, manager?: EntityManager): Promise<VacancyResponse> {
    const recruiterIds = await this.vacancies.recruiterIds(vacancy.id, manager);
    const people = await this.users.peopleByIds([...recruiterIds, vacancy.hiringManagerId]);
    return mapVacancy(vacancy, { recruiterIds, people });
  }

  /** Recruiters must hold the recruiter role and the hiring manager must be an active colleague. */
  private async checkPeople(dto: { hiringManagerId?: string | null; recruiterIds?: string[] }): Promise<void> {
    const ids = [...(dto.recruiterIds ?? []), ...(dto.hiringManagerId ? [dto.hiringManagerId] : [])];
    const found = new Map((await this.users.findByIds(ids)).filter((u) => u.active).map((u) => [u.id, u]));
    const errors = (dto.recruiterIds ?? []).flatMap((id, index) =>
      found.get(id)?.roles.includes('recruiter') ? [] : [{ field: `recruiterIds.${index}`, message: 'not an active recruiter' }],
    );
    if (dto.hiringManagerId && !found.has(dto.hiringManagerId)) {
      errors.push({ field: 'hiringManagerId', message: 'not an active colleague' });
    }
    if (errors.length > 0) throw new AppError('validation_failed', 'Unknown people on the vacancy.', errors);
  }

  async create(actor: AuthenticatedUser, dto: CreateVacancyDto): Promise<VacancyResponse> {
    await this.checkPeople(dto);
    const probationMonths = dto.probationMonths ?? (await this.settings.get('defaultProbationMonths'));
    const { recruiterIds, stageTemplateId, ...fields } = dto;
    const { templateId, steps } = await this.stageTemplates.stepsFor(stageTemplateId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(VacancyEntity);
      const saved = await repository.save(
        repository.create({
          ...fields,
          stageTemplateId: templateId,
          steps,
          hiringManagerId: dto.hiringManagerId ?? null,
          publicApply: dto.publicApply ?? false,
          probationMonths,
          status: 'draft',
          createdBy: actor.id,
        }),
      );
      await this.vacancies.replaceRecruiters(manager, saved.id, recruiterIds ?? [actor.id]);
      await this.audit.record(
        { actorId: actor.id, action: 'vacancy.created', entityType: 'vacancy', entityId: saved.id, after: mapVacancySummary(saved) },
        manager,
      );
      return this.withPeople(saved, manager);
    });
  }

  async update(actor: AuthenticatedUser, id: string, dto: UpdateVacancyDto): Promise<VacancyResponse> {
    await this.checkPeople(dto);
    const { version, recruiterIds, stageTemplateId, ...changes } = dto;
    const newSteps = stageTemplateId ? await this.stageTemplates.stepsFor(stageTemplateId) : null;
    return this.writeVersioned(
      actor,
      id,
      version,
      'vacancy.updated',
      async (current, manager) => {
        if (!newSteps || newSteps.templateId === current.stageTemplateId) return changes;
        // Candidates never lose their place: a list that lacks a step someone is in cannot replace the old one.
        const orphaned = (await this.candidates.openStepsOf(manager, id)).filter((step) => stageOfStep(newSteps.steps, step) === undefined);
        if (orphaned.length > 0) {
          throw new AppError('stage_list_invalid', 'Candidates are in steps the new list lacks.', undefined, {
            problem: 'steps_in_use',
            steps: orphaned,
          });
        }
        return { ...changes, stageTemplateId: newSteps.templateId, steps: newSteps.steps };
      },
      recruiterIds,
    );
  }

  async changeStatus(actor: AuthenticatedUser, id: string, dto: ChangeVacancyStatusDto): Promise<VacancyResponse> {
    const now = this.clock.now();
    return this.writeVersioned(actor, id, dto.version, 'vacancy.status_changed', (current) => {
      if (!canChangeVacancyStatus(current.status, dto.status)) {
        throw new AppError('invalid_transition', `A ${current.status} vacancy cannot become ${dto.status}.`);
      }
      return {
        status: dto.status,
        ...(dto.status === 'open' && !current.openedAt ? { openedAt: now } : {}),
        ...(dto.status.startsWith('closed') ? { closedAt: now } : {}),
      };
    });
  }

  /**
   * Applies a change only to the version the editor saw: the row is locked, the version compared, and a
   * stale edit gets 409 with the current state instead of silently overwriting someone else's work.
   */
  private writeVersioned(
    actor: AuthenticatedUser,
    id: string,
    expectedVersion: number,
    action: string,
    change: (current: VacancyEntity, manager: EntityManager) => Partial<VacancyEntity> | Promise<Partial<VacancyEntity>>,
    recruiterIds?: string[],
  ): Promise<VacancyResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(VacancyEntity);
      const current = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new AppError('not_found', 'No such vacancy.');
      if (current.version !== expectedVersion) {
        throw new AppError('conflict', 'This vacancy was changed by someone else.', undefined, {
          current: await this.withPeople(current, manager),
        });
      }
      const changes = await change(current, manager);
      await repository.update({ id }, { ...changes, version: current.version + 1 });
      const before: Record<string, unknown> = Object.fromEntries(
        Object.keys(changes).map((key) => [key, current[key as keyof VacancyEntity]]),
      );
      const after: Record<string, unknown> = { ...changes };
      if (recruiterIds) {
        before['recruiterIds'] = await this.vacancies.recruiterIds(id, manager);
        after['recruiterIds'] = recruiterIds;
        await this.vacancies.replaceRecruiters(manager, id, recruiterIds);
      }
      const updated = await repository.findOneByOrFail({ id });
      await this.audit.record({ actorId: actor.id, action, entityType: 'vacancy', entityId: id, before, after }, manager);
      return this.withPeople(updated, manager);
    });
  }
}
