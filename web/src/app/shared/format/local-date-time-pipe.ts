import { inject, Pipe, type PipeTransform } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { formatDateTime, INTL_LOCALES } from '../../core/i18n/locale-format';

/**
 * An ISO instant as date and time in the active language. Impure so it follows a language switch; it reads
 * the language signal, which makes the view re-render on a switch, and the formatting is cheap.
 */
@Pipe({ name: 'localDateTime', pure: false })
export class LocalDateTimePipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(value: string | Date | null | undefined): string {
    return value ? formatDateTime(value, INTL_LOCALES[this.language.active()]) : '';
  }
}
