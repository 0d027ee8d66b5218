import { defaultSettings } from './setting-definitions';
import { validateSettingsPatch } from './validate-settings-patch';

describe('validateSettingsPatch', () => {
  it('accepts a valid partial update', () => {
    expect(validateSettingsPatch({ ownershipWindowMonths: 6, flagHiringManagerOwnVacancy: false })).toEqual({
      ok: true,
      patch: { ownershipWindowMonths: 6, flagHiringManagerOwnVacancy: false },
    });
  });

  it.each([
    [{ ownershipWindowMonths: 0 }, 'ownershipWindowMonths', 'must be between 1 and 60'],
    [{ ownershipWindowMonths: 1.5 }, 'ownershipWindowMonths', 'must be a whole number'],
    [{ ownershipWindowMonths: '12' }, 'ownershipWindowMonths', 'must be a whole number'],
    [{ flagHiringManagerOwnVacancy: 'yes' }, 'flagHiringManagerOwnVacancy', 'must be true or false'],
    [{ companyCurrency: 'XXX' }, 'companyCurrency', expect.stringContaining('must be one of')],
    [{ noSuchSetting: 1 }, 'noSuchSetting', 'is not a known setting'],
    [{ __proto__: 1, constructor: 2 }, 'constructor', 'is not a known setting'],
  ])('refuses %j', (input, field, message) => {
    const result = validateSettingsPatch(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({ field, message });
  });

  it('refuses a non-object and an empty object', () => {
    expect(validateSettingsPatch(null).ok).toBe(false);
    expect(validateSettingsPatch([1]).ok).toBe(false);
    expect(validateSettingsPatch({}).ok).toBe(false);
  });

  it('has defaults from DOMAIN.md', () => {
    const defaults = defaultSettings();
    expect(defaults.defaultProbationMonths).toBe(2);
    expect(defaults.ownershipWindowMonths).toBe(12);
    expect(defaults.maxReferralsPerDay).toBe(10);
    expect(defaults.maxReferralsPer30Days).toBe(30);
    expect(defaults.cvMaxBytes).toBe(10 * 1024 * 1024);
    expect(defaults.staleAfterDays).toBe(7);
    expect(defaults.consentConfirmDays).toBe(14);
    expect(defaults.companyTimeZone).toBe('Europe/Amsterdam');
  });
});
