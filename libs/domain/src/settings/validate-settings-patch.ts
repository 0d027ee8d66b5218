import { isSettingKey, SETTING_DEFINITIONS, type SettingDefinition, type Settings } from './setting-definitions';

export interface SettingFieldError {
  field: string;
  message: string;
}

export type SettingsPatchResult =
  | { ok: true; patch: Partial<Settings> }
  | { ok: false; errors: SettingFieldError[] };

function problemWith(definition: SettingDefinition, value: unknown): string | null {
  switch (definition.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'must be a whole number';
      if (value < definition.min || value > definition.max) {
        return `must be between ${definition.min} and ${definition.max}`;
      }
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'choice':
      return typeof value === 'string' && definition.choices.includes(value)
        ? null
        : `must be one of ${definition.choices.join(', ')}`;
  }
}

/** Checks a partial update of the settings; unknown keys and wrong values are reported per field. */
export function validateSettingsPatch(input: unknown): SettingsPatchResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', message: 'must be an object of setting values' }] };
  }
  const errors: SettingFieldError[] = [];
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!isSettingKey(key)) {
      errors.push({ field: key, message: 'is not a known setting' });
      continue;
    }
    const problem = problemWith(SETTING_DEFINITIONS[key], value);
    if (problem) errors.push({ field: key, message: problem });
    else patch[key] = value;
  }
  if (Object.keys(input).length === 0) errors.push({ field: '', message: 'must change at least one setting' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch: patch as Partial<Settings> };
}
