import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { REFERRAL_RELATIONSHIPS, type ReferralRelationship } from '@referrals/domain';

/** Multipart fields arrive as strings; empty optional fields are treated as absent. */
const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
/** Pasted addresses often carry spaces around them. */
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * The referral form, sent as multipart/form-data with an optional `cv` file part (PDF or DOCX). Leave
 * `vacancyId` out for a general referral.
 */
export class SubmitReferralDto {
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsUUID()
  vacancyId?: string;

  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  candidateName!: string;

  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  candidateEmail!: string;

  /** Any common notation; stored in E.164 (numbers without a country code are read as Dutch). */
  @IsOptional()
  @Transform(emptyAsAbsent)
  @IsString()
  @MaxLength(40)
  candidatePhone?: string;

  @IsOptional()
  @Transform(emptyAsAbsent)
  @Matches(/^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/?#]+\/?$/i, {
    message: 'linkedinUrl must be a LinkedIn profile address such as https://www.linkedin.com/in/name',
  })
  @MaxLength(300)
  linkedinUrl?: string;

  @IsIn(REFERRAL_RELATIONSHIPS)
  relationship!: ReferralRelationship;

  /** Why the candidate fits; shown to recruiting only. */
  @IsString()
  @Length(10, 4000)
  motivation!: string;

  /** The referrer confirms the candidate agreed to be referred. */
  @Transform(({ value }) => value === true || value === 'true')
  @Equals(true, { message: 'candidateConsent must be confirmed' })
  candidateConsent!: boolean;
}

export class WithdrawReferralDto {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
