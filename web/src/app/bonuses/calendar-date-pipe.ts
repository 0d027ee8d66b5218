import { inject, Pipe, type PipeTransform } from '@angular/core';
import { Language } from '../core/i18n/language';
import { INTL_LOCALES } from '../core/i18n/locale-format';
import { formatCalendarDate } from './calendar-date';

/** `'2026-11-02' | calendarDate` in the active language; impure so it follows a language switch. */
@Pipe({ name: 'calendarDate', pure: false })
export class CalendarDatePipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(value: string | null | undefined): string {
    return value ? formatCalendarDate(value, INTL_LOCALES[this.language.active()]) : '';
  }
}
