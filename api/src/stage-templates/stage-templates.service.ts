import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreateStageTemplateDto, StageTemplateResponse } from '@referrals/contracts';
import { findStepListProblem, type StageStep } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import type { AuthenticatedUser } from '../common/auth.decorators';
import { UsersService } from '../users/users.service';
import { StageTemplateEntity } from './entities/stage-template.entity';

/** The step lists recruiters keep; a vacancy copies one when it is created or its list is changed. */
@Injectable()
export class StageTemplatesService {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(): Promise<StageTemplateResponse[]> {
    const rows = await this.dataSource
      .getRepository(StageTemplateEntity)
      .find({ order: { builtIn: 'DESC', name: 'ASC', createdAt: 'ASC' } });
    const people = await this.users.peopleByIds(rows.map((row) => row.createdBy));
    return rows.map((row) => mapStageTemplate(row, row.createdBy ? (people.get(row.createdBy) ?? null) : null));
  }

  async create(actor: AuthenticatedUser, dto: CreateStageTemplateDto): Promise<StageTemplateResponse> {
    const steps: StageStep[] = dto.steps.map((step) => ({ key: step.key, label: step.label?.trim() || null, stage: step.stage }));
    assertUsable(steps);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(StageTemplateEntity).save({ name: dto.name.trim(), steps, builtIn: false, createdBy: actor.id });
      await this.audit.record(
        { actorId: actor.id, action: 'stage_template.created', entityType: 'stage_template', entityId: saved.id, after: { name: saved.name, steps } },
        manager,
      );
      return mapStageTemplate(saved, { id: actor.id, displayName: actor.displayName });
    });
  }

  /** The steps a vacancy gets: the template's, or the built-in list's when none is named. */
  async stepsFor(templateId: string | undefined, manager?: EntityManager): Promise<{ templateId: string; steps: StageStep[] }> {
    const repository = (manager ?? this.dataSource.manager).getRepository(StageTemplateEntity);
    const template = await repository.findOneBy(templateId ? { id: templateId } : { builtIn: true });
    if (!template) {
      throw new AppError('validation_failed', 'No such step template.', [{ field: 'stageTemplateId', message: 'unknown template' }]);
    }
    return { templateId: template.id, steps: template.steps };
  }
}

function assertUsable(steps: StageStep[]): void {
  const problem = findStepListProblem(steps);
  if (problem) throw new AppError('stage_list_invalid', `The steps cannot be used: ${problem}.`, undefined, { problem });
}

function mapStageTemplate(row: StageTemplateEntity, createdBy: StageTemplateResponse['createdBy']): StageTemplateResponse {
  return { id: row.id, name: row.name, steps: row.steps, builtIn: row.builtIn, createdBy, createdAt: row.createdAt.toISOString() };
}
