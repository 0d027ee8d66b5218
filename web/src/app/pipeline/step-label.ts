import { PIPELINE_STAGES, type PipelineStage, type StageStep } from '@referrals/domain';
import type { DisplayText } from './display-text';

/** A board column's step: one of the vacancy's steps, or an end state. */
export type ColumnStep = StageStep | { key: string; label: null; stage: PipelineStage };

const isStage = (key: string): key is PipelineStage => (PIPELINE_STAGES as readonly string[]).includes(key);

export function stageNameKey(stage: PipelineStage): string {
  return `pipeline.stages.${stage}`;
}

/** A step's own label when it has one; built-in steps and the end states by their stage, translated. */
export function stepName(step: ColumnStep): DisplayText {
  const label = step.label?.trim();
  if (label) return { text: label };
  return { key: stageNameKey(isStage(step.key) ? step.key : step.stage) };
}

/**
 * The name of a step key in an application's history. A step that has since left the vacancy's list (a
 * template change) still reads as its stage when its key is one, else as the key the recruiter chose.
 */
export function stepNameOfKey(steps: readonly StageStep[], key: string): DisplayText {
  const step = steps.find((candidate) => candidate.key === key);
  if (step) return stepName(step);
  if (isStage(key)) return { key: stageNameKey(key) };
  return { text: key };
}
