import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
} from 'class-validator';
import { VACANCY_SORTS, type VacancySort } from './vacancy-sorts';
import { EMPLOYMENT_TYPES, type EmploymentType, VACANCY_STATUSES, type VacancyStatus } from '@referrals/domain';

export class CreateVacancyDto {
  @IsString()
  @Length(3, 200)
  title!: string;

  @IsString()
  @Length(1, 100)
  department!: string;

  @IsString()
  @Length(1, 100)
  location!: string;

  @IsIn(EMPLOYMENT_TYPES)
  employmentType!: EmploymentType;

  @IsString()
  @Length(1, 100)
  category!: string;

  /** Markdown; rendered and sanitised by the API. */
  @IsString()
  @MaxLength(20_000)
  description!: string;

  @IsOptional()
  @IsUUID()
  hiringManagerId?: string | null;

  /** The recruiters who run this vacancy; the creator when left out. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  recruiterIds?: string[];

  /** Bonus in minor units (cents) of `bonusCurrency`. */
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  bonusAmountMinor!: number;

  @Matches(/^[A-Z]{3}$/)
  bonusCurrency!: string;

  /** Paid at hire, in percent; the rest after probation. 0 (the default) pays everything after probation. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  bonusAtHirePercent?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(12)
  probationMonths?: number;

  @IsOptional()
  @IsBoolean()
  publicApply?: boolean;

  /** The hiring steps to copy; the built-in default list when left out. */
  @IsOptional()
  @IsUUID()
  stageTemplateId?: string;
}

export class UpdateVacancyDto {
  @IsOptional() @IsString() @Length(3, 200) title?: string;
  @IsOptional() @IsString() @Length(1, 100) department?: string;
  @IsOptional() @IsString() @Length(1, 100) location?: string;
  @IsOptional() @IsIn(EMPLOYMENT_TYPES) employmentType?: EmploymentType;
  @IsOptional() @IsString() @Length(1, 100) category?: string;
  @IsOptional() @IsString() @MaxLength(20_000) description?: string;
  @IsOptional() @IsUUID() hiringManagerId?: string | null;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) recruiterIds?: string[];
  @IsOptional() @IsInt() @Min(0) @Max(100_000_000) bonusAmountMinor?: number;
  @IsOptional() @Matches(/^[A-Z]{3}$/) bonusCurrency?: string;
  @IsOptional() @IsInt() @Min(0) @Max(100) bonusAtHirePercent?: number;
  @IsOptional() @IsInt() @Min(0) @Max(12) probationMonths?: number;
  @IsOptional() @IsBoolean() publicApply?: boolean;
  /** Refused while a candidate sits in a step the new list lacks. */
  @IsOptional() @IsUUID() stageTemplateId?: string;
  /** The version the editor started from; a stale one gets 409. */
  @IsInt() @Min(1) version!: number;
}

export class ChangeVacancyStatusDto {
  @IsIn(VACANCY_STATUSES)
  status!: VacancyStatus;

  @IsInt()
  @Min(1)
  version!: number;
}


export class VacancySearchQueryDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsString() @MaxLength(100) department?: string;
  @IsOptional() @IsString() @MaxLength(100) location?: string;
  @IsOptional() @IsString() @MaxLength(100) category?: string;
  @IsOptional() @IsIn(EMPLOYMENT_TYPES) employmentType?: EmploymentType;
  /** Recruiters may list other states; employees only ever see open vacancies. */
  @IsOptional() @IsIn(VACANCY_STATUSES) status?: VacancyStatus;
  @IsOptional() @IsIn(VACANCY_SORTS) sort?: VacancySort;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}
