import { HttpErrorResponse } from '@angular/common/http';
import { submitFailureOf } from './submit-failure';

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 'English title', status, code, ...extra } });

describe('submitFailureOf', () => {
  it('reads the reason of a refusal and of a limit', () => {
    expect(submitFailureOf(problem(422, 'referral_refused', { reason: 'candidate_unavailable' }))).toEqual({
      kind: 'refused',
      reason: 'candidate_unavailable',
    });
    expect(submitFailureOf(problem(429, 'referral_limit_reached', { reason: 'rolling_limit' }))).toEqual({
      kind: 'refused',
      reason: 'rolling_limit',
    });
  });

  it('falls back on the translated code when a refusal carries an unknown reason', () => {
    expect(submitFailureOf(problem(422, 'referral_refused', { reason: 'because' }))).toEqual({
      kind: 'other',
      messageKey: 'errors.referral_refused',
    });
  });

  it('hands field errors over for their fields', () => {
    const errors = [{ field: 'candidatePhone', message: 'not a phone number' }];
    expect(submitFailureOf(problem(400, 'validation_failed', { errors }))).toEqual({ kind: 'fields', errors });
  });

  it('tells the CV problems apart, with the limit when the API gives it', () => {
    expect(submitFailureOf(problem(415, 'file_type_unsupported'))).toEqual({ kind: 'cvType' });
    expect(submitFailureOf(problem(413, 'payload_too_large', { maxBytes: 10_485_760 }))).toEqual({
      kind: 'cvTooLarge',
      maxBytes: 10_485_760,
    });
    expect(submitFailureOf(problem(413, 'payload_too_large'))).toEqual({ kind: 'cvTooLarge', maxBytes: null });
  });

  it('says something sensible when the answer is not a problem document', () => {
    expect(submitFailureOf(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))).toEqual({
      kind: 'other',
      messageKey: 'errors.network',
    });
    expect(submitFailureOf(new Error('boom'))).toEqual({ kind: 'other', messageKey: 'errors.unknown' });
  });
});
