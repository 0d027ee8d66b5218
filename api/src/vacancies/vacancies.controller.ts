import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ChangeVacancyStatusDto,
  CreateVacancyDto,
  type Page,
  UpdateVacancyDto,
  type VacancyFacetsResponse,
  type VacancyResponse,
  VacancySearchQueryDto,
  type VacancySummaryResponse,
} from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Get()
  search(@CurrentUser() user: AuthenticatedUser, @Query() query: VacancySearchQueryDto): Promise<Page<VacancySummaryResponse>> {
    return this.vacancies.search(user, query);
  }

  @Get('facets')
  facets(): Promise<VacancyFacetsResponse> {
    return this.vacancies.facets();
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<VacancyResponse> {
    return this.vacancies.get(user, id);
  }

  @Post()
  @RequirePermission('manageVacancies')
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateVacancyDto): Promise<VacancyResponse> {
    return this.vacancies.create(user, body);
  }

  @Patch(':id')
  @RequirePermission('manageVacancies')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateVacancyDto,
  ): Promise<VacancyResponse> {
    return this.vacancies.update(user, id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @RequirePermission('manageVacancies')
  changeStatus(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeVacancyStatusDto,
  ): Promise<VacancyResponse> {
    return this.vacancies.changeStatus(user, id, body);
  }
}
