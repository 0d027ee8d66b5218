import { inject, Pipe, type PipeTransform } from '@angular/core';
import { Language } from '../core/i18n/language';
import { INTL_LOCALES } from '../core/i18n/locale-format';
import { formatBonus } from './bonus-format';

/** `bonusAmountMinor | bonus: bonusCurrency` in the active language; impure so it follows a language switch. */
@Pipe({ name: 'bonus', pure: false })
export class BonusPipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(amountMinor: number, currency: string): string {
    return formatBonus(amountMinor, currency, INTL_LOCALES[this.language.active()]);
  }
}
