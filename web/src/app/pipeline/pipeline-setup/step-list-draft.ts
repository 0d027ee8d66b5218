import {
  DEFAULT_STAGES,
  END_STATES,
  findStepListProblem,
  FIRST_STEP_KEY,
  HIRED_STEP_KEY,
  MAX_STEPS,
  type StageStep,
  type StepListProblem,
} from '@referrals/domain';

/** The stages a recruiter's own steps may belong to; New and Hired are the fixed ends of every list. */
export const MIDDLE_STAGES = ['screening', 'interview', 'offer'] as const;
export type MiddleStage = (typeof MIDDLE_STAGES)[number];

/** New and Hired are always there, so this many steps fit in between. */
export const MAX_MIDDLE_STEPS = MAX_STEPS - 2;

const MAX_KEY_LENGTH = 40;
/** Keys no recruiter's step may take: the fixed ends and the end states every board shows. */
const RESERVED_KEYS: readonly string[] = [FIRST_STEP_KEY, HIRED_STEP_KEY, ...END_STATES];

/** One step between New and Hired as the editor holds it. */
export interface StepDraft {
  /** Stable for the page's lifetime: tracks the row in the list and finds its buttons for focus. */
  readonly id: number;
  readonly label: string;
  readonly stage: MiddleStage;
  /**
   * Set when the row was copied from an existing list. While its label reads as it was shown, the step keeps
   * its key (so candidates in that step can stay when a vacancy switches lists) and, for a built-in step, its
   * null label (so every reader sees it in their own language).
   */
  readonly origin?: { readonly key: string; readonly label: string | null; readonly shownLabel: string };
}

/** A key a person could read back: "Case study (2nd)" → `case_study_2nd`, "Gesprek één" → `gesprek_een`. */
export function slugifyStepLabel(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // A key starts with a letter: "2nd interview" becomes `step_2nd_interview`, an empty label `step`.
  const started = /^[a-z]/.test(slug) ? slug : slug ? `step_${slug}` : 'step';
  return started.slice(0, MAX_KEY_LENGTH).replace(/_+$/, '');
}

/** `base`, or `base_2`, `base_3`… when taken; cut so the result still fits a key's length. */
export function uniqueStepKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `_${counter}`;
    const key = `${base.slice(0, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(key)) return key;
  }
}

/** The step list the editor's rows stand for, New first and Hired last, with unique keys derived from the labels. */
export function stepsOfDraft(drafts: readonly StepDraft[]): StageStep[] {
  const taken = new Set<string>(RESERVED_KEYS);
  const middle = drafts.map((draft): StageStep => {
    const origin = draft.origin;
    const kept = origin && draft.label === origin.shownLabel && !taken.has(origin.key) ? origin : null;
    const key = kept ? kept.key : uniqueStepKey(slugifyStepLabel(draft.label), taken);
    taken.add(key);
    return { key, label: kept ? kept.label : draft.label.trim(), stage: draft.stage };
  });
  return [
    { key: FIRST_STEP_KEY, label: null, stage: 'new' },
    ...middle,
    { key: HIRED_STEP_KEY, label: null, stage: 'hired' },
  ];
}

/** Rows to start the editor from: the steps between New and Hired of an existing list. */
export function draftsOfSteps(
  steps: readonly StageStep[],
  shownLabel: (step: StageStep) => string,
  nextId: () => number,
): StepDraft[] {
  return steps
    .filter((step): step is StageStep & { stage: MiddleStage } =>
      (MIDDLE_STAGES as readonly string[]).includes(step.stage),
    )
    .map((step) => {
      const label = shownLabel(step);
      return { id: nextId(), label, stage: step.stage, origin: { key: step.key, label: step.label, shownLabel: label } };
    });
}

export interface DraftCheck {
  /** The first rule the list breaks, as the API would name it; null when it may be saved. */
  readonly problem: StepListProblem | null;
  /** Rows without a name. */
  readonly unnamedIds: readonly number[];
  /** Rows whose stage comes before the stage of a row above them. */
  readonly outOfOrderIds: readonly number[];
}

/**
 * The editor's rows checked by the same rule the API applies, plus the rows that break it. While the
 * recruiter is still typing, `blankLabelsAllowed` looks past rows not named yet, so a fresh empty row does
 * not hide a real problem such as stages out of order.
 */
export function checkDraft(drafts: readonly StepDraft[], options: { blankLabelsAllowed?: boolean } = {}): DraftCheck {
  const steps = stepsOfDraft(drafts);
  const unnamedIds = drafts.filter((_, index) => isUnnamed(steps[index + 1])).map((draft) => draft.id);
  const checked = options.blankLabelsAllowed
    ? steps.map((step) => (isUnnamed(step) ? { ...step, label: 'unnamed' } : step))
    : steps;
  const outOfOrderIds: number[] = [];
  let highest = 0;
  for (const draft of drafts) {
    const order = DEFAULT_STAGES.indexOf(draft.stage);
    if (order < highest) outOfOrderIds.push(draft.id);
    highest = Math.max(highest, order);
  }
  return { problem: findStepListProblem(checked), unnamedIds, outOfOrderIds };
}

const isUnnamed = (step: StageStep) => (step.label === null || step.label.trim() === '') && step.key !== step.stage;

/** The stage a step added at the end starts in: the last row's, so the order stays right. */
export function stageOfNewStep(drafts: readonly StepDraft[]): MiddleStage {
  return drafts.at(-1)?.stage ?? 'screening';
}
