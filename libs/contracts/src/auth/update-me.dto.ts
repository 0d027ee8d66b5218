import { IsIn } from 'class-validator';
import { LOCALES, type Locale } from './me.response';

export class UpdateMeDto {
  @IsIn(LOCALES)
  locale!: Locale;
}
