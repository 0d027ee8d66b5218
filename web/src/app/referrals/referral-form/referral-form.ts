import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CurrentProgrammeResponse, VacancyResponse } from '@referrals/contracts';
import { REFERRAL_RELATIONSHIPS, type ReferralRefusal, type ReferralRelationship } from '@referrals/domain';
import { catchError, finalize, map, of, startWith, switchMap } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { ClaimForm } from '../claim-form/claim-form';
import { formatFileSize } from '../../shared/format/file-size';
import { CV_ACCEPT, cvFileProblem, type CvFileProblem } from '../cv-file';
import { ProgrammeAcceptanceApi } from '../programme-acceptance-api';
import { referralFormData } from '../referral-form-data';
import { RulesAcceptance } from '../rules-acceptance/rules-acceptance';
import { ReferralsApi } from '../referrals-api';
import { submitFailureOf, type SubmitFailure } from '../submit-failure';

type ProgrammeView =
  | { status: 'loading' }
  | { status: 'failed' }
  /** No rules published yet: nothing to accept, and the limits are the API's defaults. */
  | { status: 'none' }
  | { status: 'ready'; programme: CurrentProgrammeResponse };
type VacancyView =
  | { status: 'general' }
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; vacancy: VacancyResponse };
type Message = { key: string; params?: Record<string, unknown> };

/** Mirrors SubmitReferralDto, so most mistakes are explained before anything is sent. */
const LINKEDIN_PROFILE = /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/?#]+\/?$/i;
const PHONE_CHARACTERS = /^\+?[0-9 ().\-/]{6,40}$/;
export const MOTIVATION_MIN_LENGTH = 10;
export const MOTIVATION_MAX_LENGTH = 4000;
/** The API's default, used only until the current limits have loaded. */
const DEFAULT_CV_MAX_BYTES = 10 * 1024 * 1024;

/** In the order they appear, so the first one needing attention gets the focus. */
const FIELD_ORDER = [
  'candidateName',
  'candidateEmail',
  'candidatePhone',
  'linkedinUrl',
  'relationship',
  'motivation',
  'candidateConsent',
] as const;
type FieldName = (typeof FIELD_ORDER)[number];
const isFieldName = (field: string): field is FieldName => (FIELD_ORDER as readonly string[]).includes(field);

@Component({
  selector: 'app-referral-form',
  imports: [
    ClaimForm,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MoneyPipe,
    ReactiveFormsModule,
    RouterLink,
    RulesAcceptance,
    TranslocoPipe,
  ],
  templateUrl: './referral-form.html',
  styleUrl: './referral-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralForm {
  private readonly referrals = inject(ReferralsApi);
  private readonly programmes = inject(ProgrammeAcceptanceApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The `vacancy` query parameter; absent for a general referral. */
  readonly vacancy = input<string | undefined>();

  protected readonly relationships = REFERRAL_RELATIONSHIPS;
  protected readonly cvAccept = CV_ACCEPT;
  protected readonly motivationMin = MOTIVATION_MIN_LENGTH;
  protected readonly motivationMax = MOTIVATION_MAX_LENGTH;

  protected readonly form = new FormGroup({
    candidateName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(200)],
    }),
    candidateEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(320)],
    }),
    candidatePhone: new FormControl('', { nonNullable: true, validators: [Validators.pattern(PHONE_CHARACTERS)] }),
    linkedinUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(LINKEDIN_PROFILE), Validators.maxLength(300)],
    }),
    relationship: new FormControl<ReferralRelationship | null>(null, { validators: Validators.required }),
    motivation: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(MOTIVATION_MIN_LENGTH), Validators.maxLength(MOTIVATION_MAX_LENGTH)],
    }),
    candidateConsent: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
  });

  protected readonly programmeView = signal<ProgrammeView>({ status: 'loading' });
  private readonly limits = computed(() => {
    const view = this.programmeView();
    return view.status === 'ready' ? view.programme.limits : null;
  });
  private readonly cvMaxBytes = computed(() => this.limits()?.cvMaxBytes ?? DEFAULT_CV_MAX_BYTES);
  private readonly locale = computed(() => INTL_LOCALES[this.language.active()]);
  protected readonly cvMaxSize = computed(() => formatFileSize(this.cvMaxBytes(), this.locale()));

  protected readonly vacancyView = toSignal(
    toObservable(this.vacancy).pipe(
      switchMap((id) =>
        id
          ? this.referrals.vacancy(id).pipe(
              map((vacancy): VacancyView => ({ status: 'ready', vacancy })),
              catchError(() => of<VacancyView>({ status: 'missing' })),
              startWith<VacancyView>({ status: 'loading' }),
            )
          : of<VacancyView>({ status: 'general' }),
      ),
    ),
    { initialValue: { status: 'loading' } as VacancyView },
  );
  /** The vacancy the referral goes to once it has loaded; null for a general referral. */
  protected readonly vacancyId = computed(() => {
    const view = this.vacancyView();
    return view.status === 'ready' ? view.vacancy.id : null;
  });
  protected readonly vacancyClosed = computed(() => {
    const view = this.vacancyView();
    return view.status === 'ready' && view.vacancy.status !== 'open';
  });

  protected readonly cv = signal<File | null>(null);
  protected readonly cvSize = computed(() => {
    const file = this.cv();
    return file ? formatFileSize(file.size, this.locale()) : '';
  });
  protected readonly cvError = signal<CvFileProblem | 'server' | null>(null);
  private readonly cvInput = viewChild<ElementRef<HTMLInputElement>>('cvInput');

  protected readonly submitting = signal(false);
  protected readonly failure = signal<SubmitFailure | null>(null);
  /** The email the refusal was about, kept apart from the field so a claim names the refused candidate. */
  protected readonly refusedEmail = signal('');
  protected readonly claimOpen = signal(false);
  protected readonly failureMessage = computed<Message | null>(() => {
    const failure = this.failure();
    if (!failure) return null;
    switch (failure.kind) {
      case 'refused':
        return { key: `referrals.refusals.${failure.reason}`, params: this.refusalParams(failure.reason) };
      case 'fields':
      case 'cvType':
      case 'cvTooLarge':
        return { key: 'referrals.form.checkFields' };
      case 'other':
        return { key: failure.messageKey };
    }
  });
  protected readonly claimable = computed(() => {
    const failure = this.failure();
    return failure?.kind === 'refused' && failure.reason === 'candidate_unavailable';
  });

  constructor() {
    this.loadProgramme();
  }

  protected loadProgramme(): void {
    this.programmeView.set({ status: 'loading' });
    this.programmes
      .current()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (programme) => this.programmeView.set({ status: 'ready', programme }),
        error: (error: unknown) =>
          this.programmeView.set({ status: error instanceof HttpErrorResponse && error.status === 404 ? 'none' : 'failed' }),
      });
  }

  protected rulesAccepted(acceptedAt: string): void {
    const view = this.programmeView();
    if (view.status !== 'ready') return;
    this.programmeView.set({ status: 'ready', programme: { ...view.programme, acceptedAt } });
    if (this.failure()?.kind === 'refused') this.failure.set(null);
    this.focusAfterRender('#candidateName');
  }

  protected chooseCv(): void {
    this.cvInput()?.nativeElement.click();
  }

  protected cvChosen(event: Event): void {
    const element = event.target as HTMLInputElement;
    const file = element.files?.[0] ?? null;
    // Clearing the input lets the same file be chosen again after fixing it.
    element.value = '';
    if (!file) return;
    const problem = cvFileProblem(file, this.cvMaxBytes());
    this.cvError.set(problem);
    this.cv.set(problem ? null : file);
  }

  protected removeCv(): void {
    this.cv.set(null);
    this.cvError.set(null);
    this.focusAfterRender('#cv-choose');
  }

  protected submit(): void {
    // Until the vacancy has loaded, sending would turn the referral into a general one.
    if (this.submitting() || (this.vacancy() && this.vacancyId() === null)) return;
    this.form.markAllAsTouched();
    if (this.form.invalid || this.cvError()) {
      this.focusFirstProblem();
      return;
    }
    const values = { ...this.form.getRawValue(), vacancyId: this.vacancyId() };
    this.submitting.set(true);
    this.failure.set(null);
    this.claimOpen.set(false);
    this.referrals
      .submit(referralFormData(values, this.cv()))
      .pipe(
        finalize(() => this.submitting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (referral) => {
          this.snackBar.open(this.transloco.translate('referrals.form.submitted'), this.transloco.translate('errors.dismiss'), {
            duration: 5000,
          });
          void this.router.navigate(['/my-referrals', referral.id]);
        },
        error: (error: unknown) => this.showFailure(submitFailureOf(error), values.candidateEmail),
      });
  }

  protected openClaim(): void {
    this.claimOpen.set(true);
    this.focusAfterRender('app-claim-form textarea');
  }

  private showFailure(failure: SubmitFailure, candidateEmail: string): void {
    this.failure.set(failure);
    this.refusedEmail.set(candidateEmail);
    switch (failure.kind) {
      case 'fields':
        for (const { field, message } of failure.errors) {
          if (field === 'cv') this.cvError.set('server');
          else if (isFieldName(field)) this.form.controls[field].setErrors({ server: message });
        }
        this.focusFirstProblem();
        break;
      case 'cvType':
        this.cvError.set('type');
        this.focusFirstProblem();
        break;
      case 'cvTooLarge':
        this.cvError.set('size');
        this.focusFirstProblem();
        break;
      case 'refused':
        // The rules changed since the page loaded: ask again; the filled-in form stays as it is.
        if (failure.reason === 'programme_not_accepted') this.loadProgramme();
        break;
    }
  }

  private refusalParams(reason: ReferralRefusal): Record<string, unknown> {
    const limits = this.limits();
    if (reason === 'daily_limit') return { count: limits?.maxReferralsPerDay ?? '' };
    if (reason === 'rolling_limit') return { count: limits?.maxReferralsPer30Days ?? '' };
    return {};
  }

  private focusFirstProblem(): void {
    const field = FIELD_ORDER.find((name) => this.form.controls[name].invalid);
    if (field) this.focusAfterRender(field === 'candidateConsent' ? '#candidateConsent input' : `#${field}`);
    else if (this.cvError()) this.focusAfterRender('#cv-choose');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
