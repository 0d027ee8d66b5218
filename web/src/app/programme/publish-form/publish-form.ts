import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { isProblemDetails, type ProgrammeVersionResponse, type PublishProgrammeDto } from '@referrals/contracts';
import { finalize } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { ProgrammeApi } from '../programme-api';
import { ownDutchMarkdown } from '../programme-language';

/** The limits of `PublishProgrammeDto`, checked here first so most mistakes never reach the API. */
const DOCUMENT_MAX = 50_000;
const RULES_MIN = 20;
const SUMMARY_MIN = 3;
const SUMMARY_MAX = 500;

type TextField = 'rulesEn' | 'faqEn' | 'rulesNl' | 'faqNl' | 'changeSummary';
const TEXT_FIELDS: readonly TextField[] = ['rulesEn', 'faqEn', 'rulesNl', 'faqNl', 'changeSummary'];

const isTextField = (field: string): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);

/** A new version of the rules and FAQ, prefilled with the current Markdown. */
@Component({
  selector: 'app-publish-form',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './publish-form.html',
  styleUrl: './publish-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishForm {
  private readonly api = inject(ProgrammeApi);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);

  /** The version in force, whose text the form starts from; null before anything was published. */
  readonly current = input<ProgrammeVersionResponse | null>(null);
  readonly published = output<ProgrammeVersionResponse>();

  /** The limits as the reader writes numbers: "50,000" / "50.000". */
  protected readonly limits = computed(() => {
    const format = new Intl.NumberFormat(INTL_LOCALES[this.language.active()]).format;
    return {
      documentMax: format(DOCUMENT_MAX),
      rulesMin: format(RULES_MIN),
      summaryMin: format(SUMMARY_MIN),
      summaryMax: format(SUMMARY_MAX),
    };
  });
  protected readonly summaryMaxLength = SUMMARY_MAX;
  protected readonly form = new FormGroup({
    rulesEn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(RULES_MIN), Validators.maxLength(DOCUMENT_MAX)],
    }),
    faqEn: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DOCUMENT_MAX)] }),
    rulesNl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DOCUMENT_MAX)] }),
    faqNl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DOCUMENT_MAX)] }),
    changeSummary: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(SUMMARY_MIN), Validators.maxLength(SUMMARY_MAX)],
    }),
    everyoneAcceptsAgain: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });
  protected readonly publishing = signal(false);
  /** Set when the API refused something not tied to one field. */
  protected readonly formRefused = signal(false);

  /** Any form event (value, status, touched) re-evaluates which fields show their error. */
  private readonly formEvent = toSignal(this.form.events);
  protected readonly invalid = computed(() => {
    this.formEvent();
    const controls = this.form.controls;
    return Object.fromEntries(
      Object.entries(controls).map(([name, control]) => [name, control.invalid && control.touched]),
    ) as Record<keyof typeof controls, boolean>;
  });

  constructor() {
    effect(() => {
      const current = this.current();
      untracked(() => this.startFrom(current));
    });
  }

  protected publish(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.publishing()) return;
    this.publishing.set(true);
    this.formRefused.set(false);
    this.api
      .publish(this.dto())
      .pipe(
        finalize(() => this.publishing.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (version) => this.published.emit(version),
        error: (error: unknown) => this.showRefusal(error),
      });
  }

  protected discard(): void {
    this.startFrom(this.current());
  }

  private startFrom(current: ProgrammeVersionResponse | null): void {
    this.form.reset({
      rulesEn: current?.rules.en.markdown ?? '',
      faqEn: current?.faq.en.markdown ?? '',
      rulesNl: current ? ownDutchMarkdown(current.rules) : '',
      faqNl: current ? ownDutchMarkdown(current.faq) : '',
      changeSummary: '',
      everyoneAcceptsAgain: false,
    });
    this.formRefused.set(false);
  }

  /** Empty Dutch fields are left out, so the API falls back to the English text. */
  private dto(): PublishProgrammeDto {
    const { rulesEn, faqEn, rulesNl, faqNl, changeSummary } = this.form.getRawValue();
    return {
      rulesEn,
      faqEn,
      ...(rulesNl.trim() ? { rulesNl } : {}),
      ...(faqNl.trim() ? { faqNl } : {}),
      changeSummary: changeSummary.trim(),
    };
  }

  /** Marks the fields the API refused; the interceptor has already said what happened. */
  private showRefusal(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error)) return;
    const fieldErrors = error.error.errors ?? [];
    for (const { field } of fieldErrors) {
      if (isTextField(field)) {
        const control = this.form.controls[field];
        control.setErrors({ server: true });
        control.markAsTouched();
      } else {
        this.formRefused.set(true);
      }
    }
    if (fieldErrors.length === 0) this.formRefused.set(true);
  }
}
