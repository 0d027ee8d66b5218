import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  isProblemDetails,
  type PersonRef,
  type Role,
  type StageTemplateResponse,
  type UserDirectoryEntry,
  type VacancyFacetsResponse,
  type VacancyResponse,
} from '@referrals/contracts';
import { atHireShareMinor, EMPLOYMENT_TYPES } from '@referrals/domain';
import { catchError, filter, of, startWith } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { formatMoneyMinor, INTL_LOCALES } from '../../core/i18n/locale-format';
import { currencyFractionDigits, parseMajorAmountToMinor } from '../bonus-amount';
import { formatBonus } from '../bonus-format';
import { VacanciesApi } from '../vacancies-api';
import { peopleSuggestions, valueSuggestions } from './form-suggestions';
import {
  BONUS_CURRENCIES,
  controlForField,
  createVacancyForm,
  createVacancyRequest,
  fieldMessage,
  isPerson,
  MAX_BONUS_MINOR,
  updateVacancyRequest,
  vacancyFormValue,
  type FieldMessage,
  type VacancyFormValue,
} from './vacancy-form-model';

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready' };
const NO_FACETS: VacancyFacetsResponse = {
  departments: [],
  locations: [],
  categories: [],
};
@Component({
  selector: 'app-vacancy-form',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './vacancy-form.html',
  styleUrl: './vacancy-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyForm {
  private readonly api = inject(VacanciesApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);

  /** Bound from the route: set when editing, absent for a new vacancy. */
  readonly id = input<string>();

  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly form = createVacancyForm();
  protected readonly recruiterQuery = new FormControl('', {
    nonNullable: true,
  });

  protected readonly load = signal<Load>({ status: 'ready' });
  protected readonly saving = signal(false);
  /** Set after a 409: someone saved first. `latest` is their version when the answer carried it. */
  protected readonly conflict = signal<{
    latest: VacancyResponse | null;
  } | null>(null);
  protected readonly refused = signal(false);
  /** The version being edited; its values are what "changed" is measured against. */
  private readonly original = signal<VacancyResponse | null>(null);

  protected readonly editing = computed(() => this.id() !== undefined);
  private readonly locale = computed(() => INTL_LOCALES[this.language.active()]);
  private readonly facets = toSignal(this.api.facets().pipe(catchError(() => of(NO_FACETS))), {
    initialValue: NO_FACETS,
  });
  /** The step lists to pick from; null while loading or when they cannot be had (the choice is then left out). */
  protected readonly templates = toSignal(
    this.api.stageTemplates().pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  private readonly builtInTemplateId = computed(
    () => this.templates()?.find((template) => template.builtIn)?.id ?? null,
  );
  /** Only recruiting opens the set-up page (it lives in the Pipeline area). */
  protected readonly canSetUpSteps = computed(() => this.auth.can('manageStageTemplates') && this.auth.can('runPipeline'));

  protected readonly departmentOptions = toSignal(
    valueSuggestions(this.form.controls.department.valueChanges.pipe(startWith('')), () => this.facets().departments),
    { initialValue: [] },
  );
  protected readonly locationOptions = toSignal(
    valueSuggestions(this.form.controls.location.valueChanges.pipe(startWith('')), () => this.facets().locations),
    { initialValue: [] },
  );
  protected readonly categoryOptions = toSignal(
    valueSuggestions(this.form.controls.category.valueChanges.pipe(startWith('')), () => this.facets().categories),
    { initialValue: [] },
  );
  private readonly people = (text: string, role?: Role) => this.api.people(text, role);
  protected readonly hiringManagerOptions = toSignal(
    peopleSuggestions(
      this.form.controls.hiringManager.valueChanges.pipe(filter((value): value is string => typeof value === 'string')),
      this.people,
    ),
    { initialValue: [] },
  );
  private readonly recruiterMatches = toSignal(
    peopleSuggestions(this.recruiterQuery.valueChanges, this.people, 'recruiter'),
    {
      initialValue: [],
    },
  );

  /** Any form event (value, status, touched) re-evaluates what depends on the form. */
  private readonly formEvent = toSignal(this.form.events);
  private readonly value = computed(() => {
    this.formEvent();
    return this.form.getRawValue();
  });
  protected readonly recruiters = computed(() => this.value().recruiters);
  protected readonly recruiterOptions = computed(() => {
    const chosen = new Set(this.recruiters().map((person) => person.id));
    return this.recruiterMatches().filter((person) => !chosen.has(person.id));
  });
  protected readonly errors = computed(() => {
    this.formEvent();
    const maxBonus = formatMoneyMinor(MAX_BONUS_MINOR, this.value().bonusCurrency || 'EUR', this.locale());
    const messages: Partial<Record<keyof VacancyFormValue, FieldMessage>> = {};
    for (const [name, control] of Object.entries(this.form.controls)) {
      const message = fieldMessage(control.errors, { maxBonus });
      if (message) messages[name as keyof VacancyFormValue] = message;
    }
    return messages;
  });
  /** Under the share paid at hire: the two parts in money once amount and share are valid. */
  protected readonly splitHint = computed((): FieldMessage => {
    const { bonusAmount, bonusCurrency, bonusAtHirePercent } = this.value();
    const percent = Number(bonusAtHirePercent);
    const totalMinor = parseMajorAmountToMinor(bonusAmount, currencyFractionDigits(bonusCurrency));
    if (bonusAtHirePercent === null || !Number.isInteger(percent) || percent <= 0 || percent > 100 || totalMinor === null) {
      return { key: 'bonuses.split.hint' };
    }
    const atHireMinor = atHireShareMinor(totalMinor, percent);
    return {
      key: 'bonuses.split.hintAmounts',
      params: {
        atHire: formatBonus(atHireMinor, bonusCurrency, this.locale()),
        rest: formatBonus(totalMinor - atHireMinor, bonusCurrency, this.locale()),
      },
    };
  });
  /** The usual currencies, plus a vacancy's own should it have been saved with another one. */
  protected readonly currencies = computed(() => {
    const current = this.value().bonusCurrency;
    return (BONUS_CURRENCIES as readonly string[]).includes(current)
      ? [...BONUS_CURRENCIES]
      : [...BONUS_CURRENCIES, current];
  });
  protected readonly currencyNames = computed(() => {
    const names = new Intl.DisplayNames([this.locale()], { type: 'currency' });
    return Object.fromEntries(this.currencies().map((code) => [code, `${names.of(code) ?? code} (${code})`]));
  });

  /** The chosen list's steps in order, in the UI language, for the hint under the choice. */
  protected readonly chosenSteps = computed(() => {
    this.language.active();
    const id = this.value().stageTemplateId;
    const template = this.templates()?.find((candidate) => candidate.id === id);
    return (template?.steps ?? [])
      .map((step) => step.label ?? this.transloco.translate(`vacancies.referrals.stages.${step.stage}`))
      .join(' → ');
  });

  protected readonly stageTemplateHint = computed(() => {
    this.language.active();
    const steps = this.transloco.translate('vacancies.form.stageTemplateHint', { steps: this.chosenSteps() });
    return this.editing() ? `${steps} ${this.transloco.translate('vacancies.form.stageTemplateEditHint')}` : steps;
  });

  protected templateName(template: StageTemplateResponse): string {
    this.language.active(); // re-read on a language switch
    return template.builtIn ? this.transloco.translate('vacancies.form.standardSteps') : template.name;
  }

  protected readonly personName = (person: PersonRef | string | null): string =>
    isPerson(person) ? person.displayName : (person ?? '');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.fetch(id) : this.startNew()));
    });
    effect(() => {
      this.builtInTemplateId();
      untracked(() => this.chooseBuiltInSteps());
    });
    // A different currency can make the same digits valid or not (minor units differ).
    this.form.controls.bonusCurrency.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.bonusAmount.updateValueAndValidity());
  }

  protected retry(): void {
    const id = this.id();
    if (id) this.fetch(id);
  }

  protected clearHiringManager(): void {
    this.form.controls.hiringManager.setValue(null);
    this.form.controls.hiringManager.markAsDirty();
  }

  protected addRecruiter(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const person = event.option.value as UserDirectoryEntry;
    const control = this.form.controls.recruiters;
    if (!control.value.some((chosen) => chosen.id === person.id)) {
      control.setValue([...control.value, { id: person.id, displayName: person.displayName }]);
      control.markAsDirty();
    }
    input.value = '';
    this.recruiterQuery.setValue('');
  }

  protected removeRecruiter(person: PersonRef): void {
    const control = this.form.controls.recruiters;
    control.setValue(control.value.filter((chosen) => chosen.id !== person.id));
    control.markAsDirty();
    control.markAsTouched();
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    const original = this.original();
    const value = this.form.getRawValue();
    const changes = original ? updateVacancyRequest(original, value, this.builtInTemplateId()) : null;
    if (original && changes && Object.keys(changes).length === 1) {
      void this.router.navigate(['/vacancies', original.id]); // only the version: nothing to save
      return;
    }
    const request =
      original && changes ? this.api.update(original.id, changes) : this.api.create(createVacancyRequest(value));
    this.saving.set(true);
    this.refused.set(false);
    this.conflict.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.form.markAsPristine();
        const message = this.transloco.translate(original ? 'vacancies.form.saved' : 'vacancies.form.created');
        this.snackBar.open(message, this.transloco.translate('errors.dismiss'), { duration: 5000 });
        void this.router.navigate(['/vacancies', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.showRefusal(error);
      },
    });
  }

  /** Takes the colleague's version from the 409 answer; what was typed here is dropped, as the message said. */
  protected reloadLatest(): void {
    const latest = this.conflict()?.latest;
    this.conflict.set(null);
    if (latest) this.adopt(latest);
    else this.retry();
  }

  protected cancelLink(): string[] {
    const id = this.id();
    return id ? ['/vacancies', id] : ['/vacancies'];
  }

  private startNew(): void {
    const me = this.auth.me();
    this.original.set(null);
    this.form.reset();
    // A recruiter creating a vacancy usually runs it; shown so it can be changed before saving.
    if (me?.roles.includes('recruiter')) {
      this.form.controls.recruiters.setValue([{ id: me.id, displayName: me.displayName }]);
    }
    this.chooseBuiltInSteps();
    this.load.set({ status: 'ready' });
  }

  private fetch(id: string): void {
    this.load.set({ status: 'loading' });
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (vacancy) => {
          this.adopt(vacancy);
          this.load.set({ status: 'ready' });
        },
        error: () => this.load.set({ status: 'failed' }),
      });
  }

  private adopt(vacancy: VacancyResponse): void {
    this.original.set(vacancy);
    const decimalSeparator = this.language.active() === 'nl' ? ',' : '.';
    this.form.reset(vacancyFormValue(vacancy, decimalSeparator));
    this.chooseBuiltInSteps();
    this.refused.set(false);
  }

  /** A new vacancy, or one saved before templates existed, shows the built-in list as chosen. */
  private chooseBuiltInSteps(): void {
    const control = this.form.controls.stageTemplateId;
    const builtIn = this.builtInTemplateId();
    if (control.value === null && builtIn) control.setValue(builtIn);
  }

  private showRefusal(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || !isProblemDetails(error.error)) return;
    const problem = error.error;
    if (problem.code === 'conflict') {
      const current = (problem as { current?: VacancyResponse }).current;
      this.conflict.set({
        latest: current && typeof current.id === 'string' ? current : null,
      });
      return;
    }
    if (problem.code === 'stage_list_invalid') {
      // The vacancy's candidates decide whether its steps can change: `steps_in_use` says some would lose theirs.
      const rule = (problem as { problem?: unknown }).problem;
      const control = this.form.controls.stageTemplateId;
      control.setErrors(rule === 'steps_in_use' ? { stepsInUse: true } : { stepList: true });
      control.markAsTouched();
      return;
    }
    let placed = false;
    for (const { field } of problem.errors ?? []) {
      const name = controlForField(field);
      if (!name) continue;
      const control = this.form.controls[name];
      const kind = name === 'recruiters' ? 'recruiter' : name === 'hiringManager' ? 'hiringManager' : true;
      control.setErrors({ ...control.errors, server: kind });
      control.markAsTouched();
      placed = true;
    }
    this.refused.set(!placed || (problem.errors ?? []).some(({ field }) => !controlForField(field)));
  }
}
