import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule, type MatButtonToggleChange } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LOCALES } from '@referrals/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { isLocale } from '../../core/i18n/language-preference';
import { Language } from '../../core/i18n/language';

/** English / Nederlands as a segmented toggle; each name is written in its own language. */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleModule, TranslocoPipe],
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [attr.aria-label]="'language.label' | transloco"
      [value]="language.active()"
      (change)="switchTo($event)"
    >
      @for (locale of locales; track locale) {
        <mat-button-toggle [value]="locale" [attr.lang]="locale">{{ 'language.' + locale | transloco }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(Language);
  protected readonly locales = LOCALES;

  protected switchTo(change: MatButtonToggleChange): void {
    if (isLocale(change.value)) void this.auth.changeLocale(change.value);
  }
}
