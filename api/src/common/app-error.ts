import type { ProblemCode, ProblemFieldError } from '@referrals/contracts';

const STATUS_BY_CODE: Record<ProblemCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  saml_rejected: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  setting_invalid: 422,
  invalid_transition: 422,
  referral_refused: 422,
  referral_limit_reached: 429,
  file_type_unsupported: 415,
  dispute_not_applicable: 422,
  stage_list_invalid: 422,
  budget_exceeded: 422,
  nothing_to_export: 422,
  template_invalid: 422,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

export function statusOf(code: ProblemCode): number {
  return STATUS_BY_CODE[code];
}

/**
 * The error every area throws: a problem code from the contracts, a human detail in English (the web shows
 * its own translation of the code), and per-field errors where a request body was wrong.
 */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: ProblemFieldError[],
    /** Extra members for the problem body, e.g. the current state on a 409. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? code);
  }

  get status(): number {
    return statusOf(this.code);
  }
}
