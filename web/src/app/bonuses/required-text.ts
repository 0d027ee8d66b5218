import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** The API's rule for reasons and comments: at least 3 characters once spaces around them are trimmed. */
export const MIN_REASON_LENGTH = 3;

export function requiredText(control: AbstractControl<string>): ValidationErrors | null {
  return (control.value ?? '').trim().length >= MIN_REASON_LENGTH ? null : { requiredText: true };
}
