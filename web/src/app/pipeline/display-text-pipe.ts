import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';
import { displayTextOf, type DisplayText } from './display-text';

/**
 * `name | displayText`: a typed name as is, a built-in one translated. Impure so it follows a language switch;
 * reading the language signal re-renders the view on a switch, and the lookup is cheap.
 */
@Pipe({ name: 'displayText', pure: false })
export class DisplayTextPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);

  transform(value: DisplayText | null | undefined): string {
    if (!value) return '';
    this.language.active();
    return displayTextOf(value, (key) => this.transloco.translate(key));
  }
}
