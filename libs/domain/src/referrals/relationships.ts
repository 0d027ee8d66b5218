/** How the referrer knows the candidate; recruiters weigh a referral by it. */
export const REFERRAL_RELATIONSHIPS = [
  'former_colleague',
  'friend',
  'family',
  'fellow_student',
  'professional_network',
  'other',
] as const;
export type ReferralRelationship = (typeof REFERRAL_RELATIONSHIPS)[number];

/** Where a referral came from: the form, or the candidate applying through the referrer's personal link. */
export const REFERRAL_CHANNELS = ['form', 'email', 'linkedin', 'whatsapp', 'x', 'link'] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];

export const DISPUTE_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
