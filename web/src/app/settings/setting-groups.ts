import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingDefinition, type SettingKey } from '@referrals/domain';

export interface SettingField {
  readonly key: SettingKey;
  readonly definition: SettingDefinition;
  readonly labelKey: string;
  readonly hintKey: string;
}

export interface SettingGroup {
  readonly id: string;
  readonly fields: readonly SettingField[];
}

/** How the settings screen groups the keys; presentation only, the definitions stay in the domain lib. */
const GROUPED_KEYS: Readonly<Record<string, readonly SettingKey[]>> = {
  company: ['companyTimeZone', 'companyCurrency', 'companyLanguage'],
  referrals: [
    'ownershipWindowMonths',
    'maxReferralsPerDay',
    'maxReferralsPer30Days',
    'flagHiringManagerOwnVacancy',
    'cvMaxBytes',
  ],
  pipeline: ['staleAfterDays'],
  bonuses: [
    'defaultProbationMonths',
    'tierExtraFromHireNumber',
    'tierExtraAmountMinor',
    'forfeitWhenReferrerLeaves',
    'excludeRecruitersAndHrFromBonuses',
  ],
  points: [
    'pointsShare',
    'pointsShareMaxPerDay',
    'pointsUniqueClick',
    'pointsUniqueClickMaxPerDay',
    'pointsReferralAccepted',
    'pointsInterview',
    'pointsHired',
  ],
  privacy: ['consentConfirmDays', 'eraseAfterWeeks', 'talentPoolMonths'],
  security: ['sessionIdleTimeoutMinutes', 'sessionAbsoluteTimeoutHours'],
};

function field(key: SettingKey): SettingField {
  return {
    key,
    definition: SETTING_DEFINITIONS[key],
    labelKey: `settings.fields.${key}.label`,
    hintKey: `settings.fields.${key}.hint`,
  };
}

/** Builds the groups; a setting added to the domain but not placed above still shows, under "other". */
export function settingGroups(keys: readonly SettingKey[] = SETTING_KEYS): SettingGroup[] {
  const placed = new Set(Object.values(GROUPED_KEYS).flat());
  const groups = Object.entries(GROUPED_KEYS).map(([id, groupKeys]) => ({
    id,
    fields: groupKeys.filter((key) => keys.includes(key)).map(field),
  }));
  const other = keys.filter((key) => !placed.has(key));
  if (other.length > 0) groups.push({ id: 'other', fields: other.map(field) });
  return groups.filter((group) => group.fields.length > 0);
}

export const SETTING_GROUPS: readonly SettingGroup[] = settingGroups();
