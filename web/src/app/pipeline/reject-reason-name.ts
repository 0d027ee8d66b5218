import { BUILT_IN_REJECT_REASONS, type RejectReasonResponse } from '@referrals/contracts';
import type { DisplayText } from './display-text';

/** A built-in reject reason in the reader's language; one recruiters added, as they wrote it. */
export function rejectReasonName(reason: Pick<RejectReasonResponse, 'code' | 'label'>): DisplayText {
  return reason.code && (BUILT_IN_REJECT_REASONS as readonly string[]).includes(reason.code)
    ? { key: `pipeline.rejectReasons.${reason.code}` }
    : { text: reason.label };
}
