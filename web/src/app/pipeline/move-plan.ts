import { decideMove, END_STATES, type MoveKind, type MoveRefusal, type StageStep } from '@referrals/domain';
import type { ColumnStep } from './step-label';

/** What the mover has to give before a move is sent: each one is a field of the move dialog. */
export interface MoveNeeds {
  /** Why: moving back, or reopening a rejection. */
  readonly reason: boolean;
  readonly rejectReason: boolean;
  readonly startDate: boolean;
}

export type MovePlan =
  | { readonly possible: true; readonly kind: MoveKind; readonly needs: MoveNeeds }
  | { readonly possible: false; readonly refusal: MoveRefusal };

/**
 * The domain's move rules asked from the screen's side: whether a move can happen at all and which answers
 * the dialog must collect first. Only a hint; the API decides again. A general referral (no vacancy) cannot be
 * hired until recruiting places it.
 */
export function planMove(steps: readonly StageStep[], from: string, to: string, hasVacancy = true): MovePlan {
  const ask = (given: Partial<Record<'hasReason' | 'hasRejectReason' | 'hasStartDate', boolean>>) =>
    decideMove({ steps, from, to, hasVacancy, hasReason: true, hasRejectReason: true, hasStartDate: true, ...given });
  const complete = ask({});
  if (!complete.allowed) return { possible: false, refusal: complete.refusal };
  const refusedWithout = (given: Parameters<typeof ask>[0], refusal: MoveRefusal) => {
    const decision = ask(given);
    return !decision.allowed && decision.refusal === refusal;
  };
  return {
    possible: true,
    kind: complete.kind,
    needs: {
      reason: refusedWithout({ hasReason: false }, 'reason_required'),
      rejectReason: refusedWithout({ hasRejectReason: false }, 'reject_reason_required'),
      startDate: refusedWithout({ hasStartDate: false }, 'start_date_required'),
    },
  };
}

export function needsDialog(needs: MoveNeeds): boolean {
  return needs.reason || needs.rejectReason || needs.startDate;
}

/** Where an application can go from a menu: the other steps of its list, then the end states, if allowed. */
export function moveTargets(steps: readonly StageStep[], currentKey: string, hasVacancy = true): ColumnStep[] {
  const ends: ColumnStep[] = END_STATES.map((stage) => ({ key: stage, label: null, stage }));
  return [...steps, ...ends].filter((step) => planMove(steps, currentKey, step.key, hasVacancy).possible);
}
