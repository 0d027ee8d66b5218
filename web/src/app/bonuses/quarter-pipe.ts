import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';
import { isQuarter, quarterParts } from './quarter';

/** `'2026-Q4' | quarter`: "Q4 2026" / "4e kwartaal 2026"; impure so it follows a language switch. */
@Pipe({ name: 'quarter', pure: false })
export class QuarterPipe implements PipeTransform {
  private readonly language = inject(Language);
  private readonly transloco = inject(TranslocoService);

  transform(quarter: string | null | undefined): string {
    if (!isQuarter(quarter)) return quarter ?? '';
    this.language.active();
    return this.transloco.translate('bonuses.quarter', quarterParts(quarter));
  }
}
