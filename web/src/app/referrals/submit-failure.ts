import { HttpErrorResponse } from '@angular/common/http';
import { isProblemDetails, type ProblemFieldError } from '@referrals/contracts';
import { REFERRAL_REFUSALS, type ReferralRefusal } from '@referrals/domain';
import { problemMessageKey } from '../core/http/problem-message';

/** Why a submission did not go through, as the referral form tells it. Decided by problem `code`, never by text. */
export type SubmitFailure =
  | { kind: 'refused'; reason: ReferralRefusal }
  | { kind: 'fields'; errors: ProblemFieldError[] }
  | { kind: 'cvType' }
  | { kind: 'cvTooLarge'; maxBytes: number | null }
  | { kind: 'other'; messageKey: string };

const isRefusal = (value: unknown): value is ReferralRefusal =>
  typeof value === 'string' && (REFERRAL_REFUSALS as readonly string[]).includes(value);

export function submitFailureOf(error: unknown): SubmitFailure {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'other', messageKey: 'errors.unknown' };
  const body: unknown = error.error;
  if (!isProblemDetails(body)) return { kind: 'other', messageKey: problemMessageKey(error.status, body) };
  const extensions = body as unknown as Record<string, unknown>;
  switch (body.code) {
    case 'referral_refused':
    case 'referral_limit_reached': {
      const reason = extensions['reason'];
      if (isRefusal(reason)) return { kind: 'refused', reason };
      break;
    }
    case 'validation_failed':
      if (body.errors?.length) return { kind: 'fields', errors: body.errors };
      break;
    case 'file_type_unsupported':
      return { kind: 'cvType' };
    case 'payload_too_large': {
      const maxBytes = extensions['maxBytes'];
      return { kind: 'cvTooLarge', maxBytes: typeof maxBytes === 'number' ? maxBytes : null };
    }
  }
  return { kind: 'other', messageKey: problemMessageKey(error.status, body) };
}
