import { isProblemDetails, PROBLEM_CODES, type ProblemCode } from '@referrals/contracts';

/** What to say when the answer is not a problem document (a proxy error page, a dropped connection). */
const CODE_BY_STATUS: Readonly<Record<number, ProblemCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);
}

/**
 * The translation key of the message for a failed request: `errors.<code>` of the problem document, never
 * its English title, so the user reads it in their language.
 */
export function problemMessageKey(status: number, body: unknown): string {
  if (isProblemDetails(body) && isProblemCode(body.code)) return `errors.${body.code}`;
  if (status === 0) return 'errors.network';
  const byStatus = CODE_BY_STATUS[status];
  if (byStatus) return `errors.${byStatus}`;
  if (status >= 500) return 'errors.internal_error';
  return 'errors.unknown';
}
