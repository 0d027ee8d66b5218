/**
 * Every error the API answers is an RFC 9457 problem document with one of these codes. The web switches on
 * `code` (and translates it), never on the English `title`/`detail`.
 */
export const PROBLEM_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'saml_rejected',
  'setting_invalid',
  'invalid_transition',
  'referral_refused',
  'referral_limit_reached',
  'file_type_unsupported',
  'dispute_not_applicable',
  'stage_list_invalid',
  'budget_exceeded',
  'nothing_to_export',
  'template_invalid',
  'service_unavailable',
  'internal_error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ProblemFieldError {
  /** Dotted path of the offending field, e.g. `mappings.0.role`. */
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ProblemCode;
  errors?: ProblemFieldError[];
  requestId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ProblemDetails).code === 'string' &&
    typeof (value as ProblemDetails).status === 'number'
  );
}
