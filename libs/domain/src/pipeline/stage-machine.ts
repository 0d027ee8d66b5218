import { DEFAULT_STAGES, END_STATES, type PipelineStage } from './stages';

export type ForwardStage = (typeof DEFAULT_STAGES)[number];
export type EndState = (typeof END_STATES)[number];

/**
 * One step of a vacancy's hiring process. Recruiters name the steps (two interview rounds, a case…); the
 * stage a step belongs to decides what the referrer sees, so custom steps never leak internal names.
 */
export interface StageStep {
  key: string;
  /** Null for the built-in steps, which the screens translate by key. */
  label: string | null;
  stage: ForwardStage;
}

/** Every list starts at `new` and ends at `hired`, so a new application and a hire mean the same on every vacancy. */
export const FIRST_STEP_KEY = 'new';
export const HIRED_STEP_KEY = 'hired';
export const MAX_STEPS = 12;
const STEP_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export const DEFAULT_STEPS: readonly StageStep[] = DEFAULT_STAGES.map((stage) => ({ key: stage, label: null, stage }));

export type StepListProblem =
  | 'too_few_steps'
  | 'too_many_steps'
  | 'invalid_key'
  | 'duplicate_key'
  | 'must_start_with_new'
  | 'must_end_with_hired'
  | 'label_required'
  | 'stages_out_of_order';

/** Whether a recruiter's step list is usable: the first problem found, or null. */
export function findStepListProblem(steps: readonly StageStep[]): StepListProblem | null {
  if (steps.length < 2) return 'too_few_steps';
  if (steps.length > MAX_STEPS) return 'too_many_steps';
  if (steps.some((step) => !STEP_KEY_PATTERN.test(step.key) || (END_STATES as readonly string[]).includes(step.key))) {
    return 'invalid_key';
  }
  if (new Set(steps.map((step) => step.key)).size !== steps.length) return 'duplicate_key';
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (first.key !== FIRST_STEP_KEY || first.stage !== 'new') return 'must_start_with_new';
  if (last.key !== HIRED_STEP_KEY || last.stage !== 'hired') return 'must_end_with_hired';
  const middle = steps.slice(1, -1);
  // Only a built-in step (its key is its stage) may go without a label: the screens translate it.
  const unnamed = (step: StageStep) => step.label === null || step.label.trim() === '';
  if (middle.some((step) => unnamed(step) && step.key !== step.stage)) return 'label_required';
  // Steps in between belong to screening, interview or offer, in that order.
  const order = middle.map((step) => DEFAULT_STAGES.indexOf(step.stage));
  if (order.some((index, i) => index < 1 || index > 3 || (i > 0 && index < order[i - 1]))) return 'stages_out_of_order';
  return null;
}

/** The stage of a step key on this list, the end states included; undefined for a key the list lacks. */
export function stageOfStep(steps: readonly StageStep[], key: string): PipelineStage | undefined {
  if ((END_STATES as readonly string[]).includes(key)) return key as EndState;
  return steps.find((step) => step.key === key)?.stage;
}

export type MoveKind = 'forward' | 'backward' | 'reject' | 'withdraw' | 'reopen' | 'hire';

export type MoveRefusal =
  | 'unknown_stage'
  | 'same_stage'
  | 'application_ended'
  | 'hire_is_final'
  | 'reason_required'
  | 'reject_reason_required'
  | 'start_date_required'
  | 'vacancy_required'
  /** Not decided here: the database's one-active-application rule refuses reopening next to a newer application. */
  | 'candidate_in_process';

export interface MoveRequest {
  steps: readonly StageStep[];
  /** The application's current step key, or an end state. */
  from: string;
  to: string;
  hasReason: boolean;
  hasRejectReason: boolean;
  hasStartDate: boolean;
  /** A general referral is hired into a vacancy, never into the general pool. */
  hasVacancy: boolean;
}

export type MoveDecision =
  | { allowed: true; kind: MoveKind; toStage: PipelineStage; hire: boolean }
  | { allowed: false; refusal: MoveRefusal };

const refuse = (refusal: MoveRefusal): MoveDecision => ({ allowed: false, refusal });

/**
 * DOMAIN.md's pipeline rules: forward moves may skip steps, a move back needs a reason, Rejected needs a
 * reject reason and can be reopened with a reason, Withdrawn is where the candidate left (final), and a hire
 * is final because it has created the bonus (a hire who leaves is recorded on the hire, not by moving back).
 */
export function decideMove(request: MoveRequest): MoveDecision {
  const { steps, from, to } = request;
  const toStage = stageOfStep(steps, to);
  if (toStage === undefined) return refuse('unknown_stage');
  if (from === to) return refuse('same_stage');
  if (from === HIRED_STEP_KEY) return refuse('hire_is_final');
  if (from === 'withdrawn') return refuse('application_ended');

  const hire = to === HIRED_STEP_KEY;
  if (hire && !request.hasVacancy) return refuse('vacancy_required');
  if (hire && !request.hasStartDate) return refuse('start_date_required');

  if (from === 'rejected') {
    if (to === 'withdrawn') return refuse('application_ended');
    if (!request.hasReason) return refuse('reason_required');
    return { allowed: true, kind: 'reopen', toStage, hire };
  }
  if (to === 'rejected') {
    return request.hasRejectReason ? { allowed: true, kind: 'reject', toStage, hire } : refuse('reject_reason_required');
  }
  if (to === 'withdrawn') return { allowed: true, kind: 'withdraw', toStage, hire };

  const fromIndex = steps.findIndex((step) => step.key === from);
  const toIndex = steps.findIndex((step) => step.key === to);
  // A step that has left the list since (a template change) counts as the start, so any move from it is forward.
  if (toIndex > fromIndex) return { allowed: true, kind: hire ? 'hire' : 'forward', toStage, hire };
  if (!request.hasReason) return refuse('reason_required');
  return { allowed: true, kind: 'backward', toStage, hire };
}
