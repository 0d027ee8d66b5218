import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LOCALES, type Locale, type NotificationEvent, type NotificationPreferencesResponse } from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { emailOffFrom, mailChoicesFor } from '../mail-choices';
import { PreferencesApi } from '../preferences-api';

/** A person's own language and mail choices; the language also switches the portal. */
@Component({
  selector: 'app-preferences-page',
  imports: [MatButtonModule, MatProgressBarModule, MatRadioModule, MatSlideToggleModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './preferences-page.html',
  styleUrl: './preferences-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferencesPage {
  private readonly api = inject(PreferencesApi);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(Language);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly locales = LOCALES;
  protected readonly choices = computed(() => mailChoicesFor(this.auth.roles()));
  protected readonly form = new FormGroup({
    language: new FormControl<Locale>('en', { nonNullable: true }),
    mailOn: new FormRecord<FormControl<boolean>>({}),
  });
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly saving = signal(false);
  private readonly saved = signal<NotificationPreferencesResponse | null>(null);

  private readonly formEvent = toSignal(this.form.events);
  protected readonly hasChanges = computed(() => {
    this.formEvent();
    const saved = this.saved();
    if (!saved) return false;
    const value = this.value();
    return value.language !== saved.language || value.emailOff.join() !== saved.emailOff.join();
  });

  constructor() {
    void this.load();
    // A switch in the user menu also changes the saved language; follow it unless one is being picked here.
    let previous = this.language.active();
    effect(() => {
      const active = this.language.active();
      if (active === previous) return;
      previous = active;
      untracked(() => {
        const saved = this.saved();
        if (saved && !this.form.controls.language.dirty) {
          this.saved.set({ ...saved, language: active });
          this.form.controls.language.reset(active);
        }
      });
    });
  }

  protected async load(): Promise<void> {
    this.status.set('loading');
    try {
      this.adopt(await firstValueFrom(this.api.load()));
      this.status.set('ready');
    } catch {
      this.status.set('failed');
    }
  }

  protected async save(): Promise<void> {
    if (!this.hasChanges() || this.saving()) return;
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.save(this.value()));
      if (saved.language !== this.language.active()) await this.language.use(saved.language);
      this.adopt(saved);
      this.snackBar.open(this.transloco.translate('preferences.saved'), this.transloco.translate('errors.dismiss'), {
        duration: 5000,
      });
    } catch {
      // the interceptor has said what went wrong; the choices stay as they are to try again
    } finally {
      this.saving.set(false);
    }
  }

  protected discard(): void {
    const saved = this.saved();
    if (saved) this.adopt(saved);
  }

  private value(): { language: Locale; emailOff: NotificationEvent[] } {
    const { language, mailOn } = this.form.getRawValue();
    return { language, emailOff: emailOffFrom(this.choices(), mailOn, this.saved()?.emailOff ?? []) };
  }

  private adopt(preferences: NotificationPreferencesResponse): void {
    this.saved.set(preferences);
    const mailOn = this.form.controls.mailOn;
    for (const { event, essential } of this.choices()) {
      const on = essential || !preferences.emailOff.includes(event);
      const control = mailOn.controls[event];
      if (control) control.reset({ value: on, disabled: essential });
      else mailOn.addControl(event, new FormControl({ value: on, disabled: essential }, { nonNullable: true }));
    }
    this.form.controls.language.reset(preferences.language);
  }
}
