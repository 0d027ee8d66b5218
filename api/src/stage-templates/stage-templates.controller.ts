import { Body, Controller, Get, Post } from '@nestjs/common';
import { CreateStageTemplateDto, type StageTemplateResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { StageTemplatesService } from './stage-templates.service';

@Controller('stage-templates')
export class StageTemplatesController {
  constructor(private readonly templates: StageTemplatesService) {}

  /** Everyone who edits vacancies or runs a board picks from these. */
  @Get()
  @RequirePermission('manageVacancies')
  list(): Promise<StageTemplateResponse[]> {
    return this.templates.list();
  }

  @Post()
  @RequirePermission('manageStageTemplates')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateStageTemplateDto): Promise<StageTemplateResponse> {
    return this.templates.create(user, body);
  }
}
