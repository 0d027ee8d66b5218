// Apart from the DTO classes so the web can import the values without the validator decorators.
export const DISPUTE_OUTCOMES = ['upheld', 'dismissed'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];
