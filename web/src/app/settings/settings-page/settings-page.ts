import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isProblemDetails } from '@referrals/contracts';
import { isSettingKey, type SettingKey, type Settings } from '@referrals/domain';
import { finalize } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { formatMoneyMinor, INTL_LOCALES } from '../../core/i18n/locale-format';
import { SettingsApi } from '../settings-api';
import { changedSettings, settingErrorMessage, settingValidators, type FieldError, type SettingValue } from '../setting-form';
import { SETTING_GROUPS } from '../setting-groups';

const FIELDS = SETTING_GROUPS.flatMap((group) => group.fields);
const MEBIBYTE = 1024 * 1024;

@Component({
  selector: 'app-settings-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  private readonly api = inject(SettingsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly groups = SETTING_GROUPS;
  protected readonly form = new FormRecord<FormControl<SettingValue>>(
    Object.fromEntries(
      FIELDS.map((field) => [field.key, new FormControl<SettingValue>(null, settingValidators(field.definition))]),
    ),
  );
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly saving = signal(false);
  /** Set when the API refused something not tied to one field. */
  protected readonly formRefused = signal(false);
  private readonly saved = signal<Settings | null>(null);

  /** Any form event (value, status, touched) re-evaluates what depends on the form. */
  private readonly formEvent = toSignal(this.form.events);
  private readonly values = computed(() => {
    this.formEvent();
    return this.form.getRawValue() as Partial<Record<SettingKey, SettingValue>>;
  });
  private readonly changes = computed(() => changedSettings(this.saved(), this.values()));
  protected readonly hasChanges = computed(() => Object.keys(this.changes()).length > 0);

  protected readonly errors = computed(() => {
    this.formEvent();
    const errors: Partial<Record<SettingKey, FieldError>> = {};
    for (const field of FIELDS) {
      const message = settingErrorMessage(field.definition, this.form.controls[field.key].errors);
      if (message) errors[field.key] = message;
    }
    return errors;
  });

  /** Readable forms of raw values, shown in the hints: bytes as MB, cents as money. */
  protected readonly hintParams = computed(() => {
    const locale = INTL_LOCALES[this.language.active()];
    const values = this.values();
    const bytes = values.cvMaxBytes;
    const cents = values.tierExtraAmountMinor;
    const currency = typeof values.companyCurrency === 'string' ? values.companyCurrency : 'EUR';
    return {
      cvMaxBytes: {
        size:
          typeof bytes === 'number'
            ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
                bytes / MEBIBYTE,
              )
            : '—',
      },
      tierExtraAmountMinor: {
        amount: typeof cents === 'number' && Number.isSafeInteger(cents) ? formatMoneyMinor(cents, currency, locale) : '—',
      },
    } as Partial<Record<SettingKey, Record<string, string>>>;
  });

  /** Choice labels: currencies and languages by name in the active language, time zones by their IANA name. */
  protected readonly choiceLabels = computed(() => {
    const locale = INTL_LOCALES[this.language.active()];
    const currencies = new Intl.DisplayNames([locale], { type: 'currency' });
    const languages = new Intl.DisplayNames([locale], { type: 'language' });
    return (key: SettingKey, choice: string) => {
      if (key === 'companyCurrency') return `${currencies.of(choice) ?? choice} (${choice})`;
      if (key === 'companyLanguage') return languages.of(choice) ?? choice;
      return choice.replace(/_/g, ' ');
    };
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api
      .load()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ values }) => {
          this.adopt(values);
          this.status.set('ready');
        },
        error: () => this.status.set('failed'),
      });
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.hasChanges() || this.saving()) return;
    this.saving.set(true);
    this.formRefused.set(false);
    this.api
      .update(this.changes())
      .pipe(
        finalize(() => this.saving.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ values }) => {
          this.adopt(values);
          this.snackBar.open(this.transloco.translate('settings.saved'), this.transloco.translate('errors.dismiss'), {
            duration: 5000,
          });
        },
        error: (error: unknown) => this.showRefusal(error),
      });
  }

  protected discard(): void {
    const saved = this.saved();
    if (saved) this.adopt(saved);
  }

  private adopt(values: Settings): void {
    this.saved.set(values);
    this.form.reset(values);
    this.formRefused.set(false);
  }

  /** Puts the API's per-field errors next to their fields; the interceptor has already said what happened. */
  private showRefusal(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error)) return;
    for (const { field, message } of error.error.errors ?? []) {
      const control = isSettingKey(field) ? this.form.controls[field] : undefined;
      if (control) {
        control.setErrors({ server: message });
        control.markAsTouched();
      } else {
        this.formRefused.set(true);
      }
    }
    if (!error.error.errors?.length) this.formRefused.set(true);
  }
}
