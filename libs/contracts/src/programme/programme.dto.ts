import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

/** A new version of the programme rules and FAQ, in English and (optionally) Dutch Markdown. */
export class PublishProgrammeDto {
  @IsString() @Length(20, 50_000) rulesEn!: string;
  @IsString() @Length(0, 50_000) faqEn!: string;
  @IsOptional() @IsString() @MaxLength(50_000) rulesNl?: string;
  @IsOptional() @IsString() @MaxLength(50_000) faqNl?: string;
  /** What changed, shown to employees when they are asked to accept again. */
  @IsString() @Length(3, 500) changeSummary!: string;
}
