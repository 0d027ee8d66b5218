import type { Settings } from '@referrals/domain';

export interface SettingsResponse {
  values: Settings;
}
