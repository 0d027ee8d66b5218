import { SETTING_DEFINITIONS } from '@referrals/domain';

/**
 * The hard cap on what the server reads into memory for one CV: the highest value the size setting allows.
 * The setting's current value is checked after the upload, with a clear 413.
 */
export const MAX_CV_UPLOAD_BYTES = SETTING_DEFINITIONS.cvMaxBytes.max;
