/**
 * The programme's tunable rules with the defaults of DOMAIN.md. Values live in the database and are changed
 * by HR/admin; this table is the one place that says what a valid value is.
 */
interface IntegerSetting {
  kind: 'integer';
  default: number;
  min: number;
  max: number;
}
interface BooleanSetting {
  kind: 'boolean';
  default: boolean;
}
interface ChoiceSetting {
  kind: 'choice';
  default: string;
  choices: readonly string[];
}

export type SettingDefinition = IntegerSetting | BooleanSetting | ChoiceSetting;

const integer = (defaultValue: number, min: number, max: number): IntegerSetting => ({
  kind: 'integer',
  default: defaultValue,
  min,
  max,
});
const flag = (defaultValue: boolean): BooleanSetting => ({ kind: 'boolean', default: defaultValue });
const choice = (defaultValue: string, choices: readonly string[]): ChoiceSetting => ({
  kind: 'choice',
  default: defaultValue,
  choices,
});

const MEGABYTE = 1024 * 1024;

export const SETTING_DEFINITIONS = {
  companyTimeZone: choice('Europe/Amsterdam', ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/London', 'UTC']),
  companyCurrency: choice('EUR', ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN']),
  /** For mails to people who never chose a language (they have not signed in yet, or did not pick one). */
  companyLanguage: choice('nl', ['nl', 'en']),
  defaultProbationMonths: integer(2, 0, 12),
  ownershipWindowMonths: integer(12, 1, 60),
  maxReferralsPerDay: integer(10, 1, 1000),
  maxReferralsPer30Days: integer(30, 1, 10000),
  flagHiringManagerOwnVacancy: flag(true),
  cvMaxBytes: integer(10 * MEGABYTE, 100 * 1024, 50 * MEGABYTE),
  staleAfterDays: integer(7, 1, 365),
  tierExtraFromHireNumber: integer(3, 2, 100),
  tierExtraAmountMinor: integer(25_000, 0, 100_000_000),
  forfeitWhenReferrerLeaves: flag(true),
  excludeRecruitersAndHrFromBonuses: flag(true),
  pointsShare: integer(1, 0, 1000),
  pointsShareMaxPerDay: integer(5, 0, 1000),
  pointsUniqueClick: integer(1, 0, 1000),
  pointsUniqueClickMaxPerDay: integer(20, 0, 1000),
  pointsReferralAccepted: integer(10, 0, 10000),
  pointsInterview: integer(20, 0, 10000),
  pointsHired: integer(100, 0, 100000),
  consentConfirmDays: integer(14, 1, 90),
  eraseAfterWeeks: integer(4, 1, 104),
  talentPoolMonths: integer(12, 1, 60),
  /** A session unused this long ends (SESSION_MAX_AGE_HOURS, the cookie's own lifetime, caps it). */
  sessionIdleTimeoutMinutes: integer(60, 5, 24 * 60),
  /** A session ends this long after sign-in, however busy, so a stolen one cannot be kept alive. */
  sessionAbsoluteTimeoutHours: integer(12, 1, 30 * 24),
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;

type ValueOf<D> = D extends IntegerSetting ? number : D extends BooleanSetting ? boolean : string;
export type Settings = { [K in SettingKey]: ValueOf<(typeof SETTING_DEFINITIONS)[K]> };

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_DEFINITIONS, key);
}

export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DEFINITIONS[key].default])) as Settings;
}
