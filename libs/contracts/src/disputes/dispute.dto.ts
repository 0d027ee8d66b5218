import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DISPUTE_STATUSES, type DisputeStatus } from '@referrals/domain';
import { PageQueryDto } from '../common/page';
import { DISPUTE_OUTCOMES, type DisputeOutcome } from './dispute-outcomes';

/** A claim that the filer referred a candidate first, after their referral was refused as unavailable. */
export class FileDisputeDto {
  @IsEmail()
  @MaxLength(320)
  candidateEmail!: string;

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsUUID()
  vacancyId?: string;

  /** The filer's evidence: when and how they introduced the candidate. */
  @IsString()
  @Length(20, 4000)
  statement!: string;
}


export class DecideDisputeDto {
  @IsIn(DISPUTE_OUTCOMES)
  outcome!: DisputeOutcome;

  @IsString()
  @Length(5, 2000)
  reason!: string;
}

export class DisputeQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(DISPUTE_STATUSES)
  status?: DisputeStatus;
}
