import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_STAGES, type ForwardStage, MAX_STEPS, PIPELINE_STAGES, type PipelineStage } from '@referrals/domain';
import { IsCalendarDay } from '../common/calendar-day';
import { PageQueryDto } from '../common/page';


export class MoveApplicationDto {
  /** A step key of the vacancy's list, or `rejected` / `withdrawn`. */
  @IsString()
  @Length(1, 40)
  toStage!: string;

  /** The version the mover saw; a stale one gets 409 with the current state. */
  @IsInt()
  @Min(1)
  version!: number;

  /** Why: required to move back or to reopen a rejection. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  /** Required for Rejected: one of the managed reject reasons. */
  @IsOptional()
  @IsUUID()
  rejectReasonId?: string;

  /** Required for Hired: the first working day, `YYYY-MM-DD`. */
  @IsOptional()
  @IsCalendarDay()
  startDate?: string;
}

export class AddApplicationNoteDto {
  @IsString()
  @Length(1, 5000)
  body!: string;
}

export class AssignRecruiterDto {
  @IsOptional()
  @IsUUID()
  recruiterId!: string | null;

  @IsInt()
  @Min(1)
  version!: number;
}

export class CorrectProbationDto {
  @IsCalendarDay()
  probationEndsOn!: string;
}

export class StageStepDto {
  @IsString()
  @Length(1, 40)
  key!: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  label!: string | null;

  @IsIn(DEFAULT_STAGES)
  stage!: ForwardStage;
}

export class CreateStageTemplateDto {
  @IsString()
  @Length(1, 80)
  name!: string;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => StageStepDto)
  steps!: StageStepDto[];
}

export class CreateRejectReasonDto {
  @IsString()
  @Length(1, 120)
  label!: string;
}

export class ApplicationQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  /** One of the stages (`rejected`, `interview`…) across every list; `step` is one exact step of a board. */
  @IsOptional()
  @IsIn(PIPELINE_STAGES)
  stage?: PipelineStage;

  @IsOptional()
  @IsString()
  @Length(1, 40)
  step?: string;

  /** A recruiter's id, or `me`. */
  @IsOptional()
  @Matches(/^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, { message: 'recruiter must be a user id or me' })
  recruiter?: string;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  stale?: boolean;

  /** Include rejected, withdrawn and hired applications; the list shows the active ones otherwise. */
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includeEnded?: boolean;

  /** Part of the candidate's name or email. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class UpdateRejectReasonDto {
  @IsBoolean()
  active!: boolean;
}

export class RejectReasonQueryDto {
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includeInactive?: boolean;
}

export class CvQueryDto {
  /** Serve the file for display in the page (the PDF preview) instead of as a download. */
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  inline?: boolean;
}
