import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Page, PageQueryDto, type VacancyReferralResponse } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller('vacancies/:id/referrals')
export class VacancyReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @RequirePermission('viewCandidates')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<VacancyReferralResponse>> {
    return this.referrals.listForVacancy(user, id, query);
  }
}
