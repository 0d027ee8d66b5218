import {
  AbstractControl,
  FormControl,
  FormGroup,
  Validators,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import type { CreateVacancyDto, PersonRef, UpdateVacancyDto, VacancyResponse } from '@referrals/contracts';
import type { EmploymentType } from '@referrals/domain';
import { currencyFractionDigits, formatMinorAsMajorInput, parseMajorAmountToMinor } from '../bonus-amount';

export const BONUS_CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN'] as const;
export const MAX_BONUS_MINOR = 100_000_000;

/** The hiring manager field holds a picked person, or the text typed while searching for one. */
export type PersonChoice = PersonRef | string | null;

export function isPerson(value: unknown): value is PersonRef {
  return typeof value === 'object' && value !== null && typeof (value as PersonRef).id === 'string';
}

/** Typed text that was never turned into a pick from the list is an error, not a silent "nobody". */
const pickedPerson: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() !== '' ? { person: true } : null;

/** The amount must read as money in the chosen currency; checked again when the currency changes. */
function bonusAmount(currency: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value.trim() === '') return null; // `required` speaks then
    const minor = parseMajorAmountToMinor(control.value, currencyFractionDigits(currency()));
    if (minor === null) return { amount: true };
    return minor > MAX_BONUS_MINOR ? { amountMax: true } : null;
  };
}

/** Paid at hire, in whole percent from 0 to 100; empty means the default, everything after probation. */
const wholePercent: ValidatorFn = (control) => {
  const value: unknown = control.value;
  if (value === null || value === '') return null;
  const percent = Number(value);
  return Number.isInteger(percent) && percent >= 0 && percent <= 100 ? null : { percent: true };
};

export type VacancyForm = ReturnType<typeof createVacancyForm>;

export function createVacancyForm() {
  const currency = new FormControl<string>('EUR', {
    nonNullable: true,
    validators: [Validators.required],
  });
  const form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)],
    }),
    department: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    location: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    employmentType: new FormControl<EmploymentType>('full_time', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    category: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(20_000)],
    }),
    hiringManager: new FormControl<PersonChoice>(null, {
      validators: [pickedPerson],
    }),
    recruiters: new FormControl<PersonRef[]>([], { nonNullable: true }),
    bonusAmount: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, bonusAmount(() => currency.value)],
    }),
    bonusCurrency: currency,
    probationMonths: new FormControl<number | null>(null, {
      validators: [Validators.min(0), Validators.max(12), Validators.pattern(/^\d+$/)],
    }),
    bonusAtHirePercent: new FormControl<number | null>(0, { validators: [wholePercent] }),
    publicApply: new FormControl(false, { nonNullable: true }),
    /** The step template to copy; null until the list of templates has loaded (the API then uses the built-in one). */
    stageTemplateId: new FormControl<string | null>(null),
  });
  return form;
}

export type VacancyFormValue = ReturnType<VacancyForm['getRawValue']>;

/** The form's starting values for an existing vacancy; the amount in the UI language's decimal sign. */
export function vacancyFormValue(vacancy: VacancyResponse, decimalSeparator: '.' | ','): VacancyFormValue {
  return {
    title: vacancy.title,
    department: vacancy.department,
    location: vacancy.location,
    employmentType: vacancy.employmentType,
    category: vacancy.category,
    description: vacancy.description,
    hiringManager: vacancy.hiringManager,
    recruiters: vacancy.recruiters,
    bonusAmount: formatMinorAsMajorInput(
      vacancy.bonusAmountMinor,
      currencyFractionDigits(vacancy.bonusCurrency),
      decimalSeparator,
    ),
    bonusCurrency: vacancy.bonusCurrency,
    probationMonths: vacancy.probationMonths,
    bonusAtHirePercent: vacancy.bonusAtHirePercent ?? 0,
    publicApply: vacancy.publicApply,
    stageTemplateId: vacancy.stageTemplateId,
  };
}

/** The create request of a valid form; an empty probation leaves the programme's default to the API. */
export function createVacancyRequest(value: VacancyFormValue): CreateVacancyDto {
  const bonusAmountMinor = parseMajorAmountToMinor(value.bonusAmount, currencyFractionDigits(value.bonusCurrency));
  if (bonusAmountMinor === null) throw new Error('createVacancyRequest needs a valid bonus amount');
  const request: CreateVacancyDto = {
    title: value.title.trim(),
    department: value.department.trim(),
    location: value.location.trim(),
    employmentType: value.employmentType,
    category: value.category.trim(),
    description: value.description,
    hiringManagerId: isPerson(value.hiringManager) ? value.hiringManager.id : null,
    bonusAmountMinor,
    bonusCurrency: value.bonusCurrency,
    publicApply: value.publicApply,
  };
  // Left out, the API makes the creator the recruiter.
  if (value.recruiters.length > 0) request.recruiterIds = value.recruiters.map((person) => person.id);
  if (value.probationMonths !== null && `${value.probationMonths}` !== '')
    request.probationMonths = Number(value.probationMonths);
  if (value.bonusAtHirePercent !== null && `${value.bonusAtHirePercent}` !== '')
    request.bonusAtHirePercent = Number(value.bonusAtHirePercent);
  if (value.stageTemplateId) request.stageTemplateId = value.stageTemplateId;
  return request;
}

const sameIds = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only what changed against the version the editor started from, so the audit log shows real changes and a
 * colleague's edit of another field is not overwritten by a stale copy. A vacancy saved without a template
 * has the built-in steps, so picking the built-in template for it is no change.
 */
export function updateVacancyRequest(
  original: VacancyResponse,
  value: VacancyFormValue,
  builtInTemplateId: string | null = null,
): UpdateVacancyDto {
  const next = createVacancyRequest(value);
  const before: CreateVacancyDto = {
    title: original.title,
    department: original.department,
    location: original.location,
    employmentType: original.employmentType,
    category: original.category,
    description: original.description,
    hiringManagerId: original.hiringManagerId,
    bonusAmountMinor: original.bonusAmountMinor,
    bonusCurrency: original.bonusCurrency,
    publicApply: original.publicApply,
    probationMonths: original.probationMonths,
    bonusAtHirePercent: original.bonusAtHirePercent ?? 0,
    recruiterIds: original.recruiters.map((person) => person.id),
  };
  const changes: Omit<UpdateVacancyDto, 'version'> = {};
  const scalarKeys = [
    'title',
    'department',
    'location',
    'employmentType',
    'category',
    'description',
    'hiringManagerId',
    'bonusAmountMinor',
    'bonusCurrency',
    'publicApply',
    'probationMonths',
    'bonusAtHirePercent',
  ] as const;
  for (const key of scalarKeys) {
    if (next[key] !== undefined && next[key] !== before[key]) Object.assign(changes, { [key]: next[key] });
  }
  const recruiterIds = value.recruiters.map((person) => person.id);
  if (!sameIds(recruiterIds, before.recruiterIds)) changes.recruiterIds = recruiterIds;
  const templateBefore = original.stageTemplateId ?? builtInTemplateId;
  if (value.stageTemplateId && value.stageTemplateId !== templateBefore) changes.stageTemplateId = value.stageTemplateId;
  return { ...changes, version: original.version };
}

/** Which control an API field error belongs to, e.g. `recruiterIds.1` → recruiters. */
export function controlForField(field: string): keyof VacancyFormValue | null {
  const root = field.split('.')[0];
  const byField: Record<string, keyof VacancyFormValue> = {
    title: 'title',
    department: 'department',
    location: 'location',
    employmentType: 'employmentType',
    category: 'category',
    description: 'description',
    hiringManagerId: 'hiringManager',
    recruiterIds: 'recruiters',
    bonusAmountMinor: 'bonusAmount',
    bonusCurrency: 'bonusCurrency',
    probationMonths: 'probationMonths',
    bonusAtHirePercent: 'bonusAtHirePercent',
    publicApply: 'publicApply',
    stageTemplateId: 'stageTemplateId',
  };
  return byField[root] ?? null;
}

export interface FieldMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** The message under a field for its first error, in the order a person would fix them. */
export function fieldMessage(errors: ValidationErrors | null, context: { maxBonus: string }): FieldMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'vacancies.form.errors.required' };
  if (errors['minlength'])
    return {
      key: 'vacancies.form.errors.length',
      params: { min: 3, max: 200 },
    };
  if (errors['maxlength'])
    return {
      key: 'vacancies.form.errors.maxLength',
      params: { max: errors['maxlength'].requiredLength },
    };
  if (errors['amount']) return { key: 'vacancies.form.errors.amount' };
  if (errors['amountMax'])
    return {
      key: 'vacancies.form.errors.amountMax',
      params: { max: context.maxBonus },
    };
  if (errors['percent']) return { key: 'bonuses.split.percentError' };
  if (errors['min'] || errors['max'] || errors['pattern']) return { key: 'vacancies.form.errors.months' };
  if (errors['person']) return { key: 'vacancies.form.errors.person' };
  if (errors['server'] === 'recruiter') return { key: 'vacancies.form.errors.recruiter' };
  if (errors['server'] === 'hiringManager') return { key: 'vacancies.form.errors.hiringManager' };
  if (errors['stepsInUse']) return { key: 'vacancies.form.errors.stepsInUse' };
  if (errors['stepList']) return { key: 'vacancies.form.errors.stepList' };
  if (errors['server']) return { key: 'vacancies.form.errors.server' };
  return null;
}
