import { isProblemDetails } from '@referrals/contracts';
import type { MoveRefusal, PipelineStage } from '@referrals/domain';

/** The state a 409 answer to a move or an assignment carries. */
export interface ApplicationCurrent {
  readonly id: string;
  readonly version: number;
  readonly stepKey: string;
  readonly stage: PipelineStage;
  readonly stageEnteredAt: string;
}

/** The domain's refusals the screens explain; one the web does not know yet reads as the general message. */
export const KNOWN_MOVE_REFUSALS: readonly string[] = [
  'unknown_stage',
  'same_stage',
  'application_ended',
  'hire_is_final',
  'reason_required',
  'reject_reason_required',
  'start_date_required',
  'vacancy_required',
  'candidate_in_process',
];

/** How the API answered a move or an assignment that did not happen, by problem code, never by text. */
export type MoveProblem =
  | { readonly kind: 'conflict'; readonly current: ApplicationCurrent | null }
  | { readonly kind: 'refused'; readonly refusal: MoveRefusal | null }
  | { readonly kind: 'other' };

export function moveProblemOf(body: unknown): MoveProblem {
  if (!isProblemDetails(body)) return { kind: 'other' };
  const extensions = body as unknown as Record<string, unknown>;
  if (body.code === 'conflict') {
    const current = extensions['current'] as ApplicationCurrent | undefined;
    const valid = !!current && typeof current.id === 'string' && typeof current.version === 'number';
    return { kind: 'conflict', current: valid ? current : null };
  }
  if (body.code === 'invalid_transition') {
    const refusal = extensions['refusal'];
    return {
      kind: 'refused',
      refusal: typeof refusal === 'string' && KNOWN_MOVE_REFUSALS.includes(refusal) ? (refusal as MoveRefusal) : null,
    };
  }
  return { kind: 'other' };
}

/** The message for a refused move: the domain's reason when the API gave one, the general text otherwise. */
export function refusalMessageKey(refusal: MoveRefusal | null): string {
  return refusal ? `pipeline.refusals.${refusal}` : 'errors.invalid_transition';
}
