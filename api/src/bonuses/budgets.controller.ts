import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { BudgetQueryDto, type BudgetResponse, PutBudgetsDto } from '@referrals/contracts';
import { type AuthenticatedUser, CurrentUser, RequirePermission } from '../common/auth.decorators';
import { BudgetsService } from './budgets.service';

@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get()
  @RequirePermission('approveBonuses')
  list(@Query() query: BudgetQueryDto): Promise<BudgetResponse[]> {
    return this.budgets.list(query.quarter);
  }

  @Put()
  @RequirePermission('approveBonuses')
  put(@CurrentUser() user: AuthenticatedUser, @Body() body: PutBudgetsDto): Promise<BudgetResponse[]> {
    return this.budgets.put(user, body);
  }
}
