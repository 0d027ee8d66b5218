/** The default hiring stages, in order, and the two end states outside the forward flow. */
export const DEFAULT_STAGES = ['new', 'screening', 'interview', 'offer', 'hired'] as const;
export const END_STATES = ['rejected', 'withdrawn'] as const;
export const PIPELINE_STAGES = [...DEFAULT_STAGES, ...END_STATES] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** What the referrer sees: never the internal stage names, notes or reasons. */
export const REFERRER_STATUSES = [
  'submitted',
  'in_review',
  'interviewing',
  'offer',
  'hired',
  'not_selected',
  'withdrawn',
] as const;
export type ReferrerStatus = (typeof REFERRER_STATUSES)[number];

const REFERRER_STATUS_BY_STAGE: Record<PipelineStage, ReferrerStatus> = {
  new: 'submitted',
  screening: 'in_review',
  interview: 'interviewing',
  offer: 'offer',
  hired: 'hired',
  rejected: 'not_selected',
  withdrawn: 'withdrawn',
};

export function referrerStatusOf(stage: PipelineStage): ReferrerStatus {
  return REFERRER_STATUS_BY_STAGE[stage];
}
