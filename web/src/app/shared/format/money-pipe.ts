import { inject, Pipe, type PipeTransform } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { formatMoneyMinor, INTL_LOCALES } from '../../core/i18n/locale-format';

/** `amountMinor | money: 'EUR'`: integer minor units formatted exactly in the active language. */
@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(amountMinor: bigint | number | string | null | undefined, currency: string): string {
    if (amountMinor === null || amountMinor === undefined) return '';
    return formatMoneyMinor(amountMinor, currency, INTL_LOCALES[this.language.active()]);
  }
}
