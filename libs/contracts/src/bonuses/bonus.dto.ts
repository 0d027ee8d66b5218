import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BONUS_STATES, type BonusState } from '@referrals/domain';
import { IsCalendarDay } from '../common/calendar-day';
import { PageQueryDto } from '../common/page';

const QUARTER = /^\d{4}-Q[1-4]$/;

export class BonusQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(BONUS_STATES)
  state?: BonusState;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  department?: string;

  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  /** Part of the referrer's or the candidate's name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ApproveBonusDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  /** Required when the approval takes the department past its quarterly budget. */
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  budgetOverrideReason?: string;
}

export class RejectBonusDto {
  @IsString()
  @Length(3, 1000)
  comment!: string;
}

export class BulkApproveBonusesDto extends ApproveBonusDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  bonusIds!: string[];
}

export class BudgetDto {
  @IsString()
  @Length(1, 100)
  department!: string;

  @Matches(QUARTER, { message: 'quarter must look like 2026-Q4' })
  quarter!: string;

  /** Null removes the budget: no limit for that department and quarter. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  amountMinor!: number | null;

  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

export class PutBudgetsDto {
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BudgetDto)
  budgets!: BudgetDto[];
}

export class BudgetQueryDto {
  @IsOptional()
  @Matches(QUARTER, { message: 'quarter must look like 2026-Q4' })
  quarter?: string;
}

export class CreatePayrollBatchDto {
  /** Approved on or before this day; today when left out. */
  @IsOptional()
  @IsCalendarDay()
  approvedUntil?: string;
}

export class HireLeftDto {
  @IsCalendarDay()
  leftOn!: string;

  @IsString()
  @Length(3, 1000)
  reason!: string;
}


export class EmployeeLeftDto {
  @IsCalendarDay()
  leftOn!: string;
}
