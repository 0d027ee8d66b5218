/**
 * Whether a dialog closed with its confirmation. A bare `mat-dialog-close` attribute closes with '' (the
 * attribute's value), not undefined, so "not undefined" would take a cancel for a confirmation.
 */
export function isConfirmation<T extends object>(result: T | string | undefined | null): result is T {
  return typeof result === 'object' && result !== null;
}
