/** Value lists the web imports: kept apart from the DTOs so the validators stay out of the bundle. */
export const NOTE_KINDS = ['note', 'feedback'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The built-in reject reasons, which the screens translate; reasons recruiters add carry their own label. */
export const BUILT_IN_REJECT_REASONS = [
  'skills_mismatch',
  'insufficient_experience',
  'salary_expectations',
  'not_available',
  'position_filled',
  'other',
] as const;
export type BuiltInRejectReason = (typeof BUILT_IN_REJECT_REASONS)[number];

/**
 * Cards per board column in one answer, more than a screen shows; the rest of a column pages through
 * `GET /api/applications`.
 */
export const BOARD_CARDS_PER_COLUMN = 25;
