import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { Validators } from '@angular/forms';
import type { SettingDefinition, SettingKey, Settings } from '@referrals/domain';

export type SettingValue = string | number | boolean | null;

const wholeNumber: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  control.value === null || control.value === '' || Number.isSafeInteger(control.value) ? null : { wholeNumber: true };

function oneOf(choices: readonly string[]): ValidatorFn {
  return (control) => (control.value === null || choices.includes(control.value) ? null : { choice: true });
}

/** The client-side mirror of the domain's rules, so most mistakes show before a round trip. */
export function settingValidators(definition: SettingDefinition): ValidatorFn[] {
  switch (definition.kind) {
    case 'integer':
      return [Validators.required, wholeNumber, Validators.min(definition.min), Validators.max(definition.max)];
    case 'choice':
      return [Validators.required, oneOf(definition.choices)];
    case 'boolean':
      return [];
  }
}

export interface FieldError {
  readonly key: string;
  readonly params: Record<string, unknown>;
}

/** The translated message for a field's errors, whether found here or reported by the API (`server`). */
export function settingErrorMessage(definition: SettingDefinition, errors: ValidationErrors | null): FieldError | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'settings.errors.required', params: {} };
  switch (definition.kind) {
    case 'integer':
      return { key: 'settings.errors.range', params: { min: definition.min, max: definition.max } };
    case 'choice':
      return { key: 'settings.errors.choice', params: {} };
    case 'boolean':
      return { key: 'settings.errors.boolean', params: {} };
  }
}

/** The values that differ from what the server holds: what a save sends. */
export function changedSettings(
  saved: Settings | null,
  current: Partial<Record<SettingKey, SettingValue>>,
): Partial<Settings> {
  if (!saved) return {};
  const changes: Record<string, SettingValue> = {};
  for (const [key, value] of Object.entries(current) as [SettingKey, SettingValue][]) {
    if (value !== null && value !== undefined && value !== saved[key]) changes[key] = value;
  }
  return changes as Partial<Settings>;
}
