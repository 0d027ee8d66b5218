import { FormControl } from '@angular/forms';
import { defaultSettings, SETTING_DEFINITIONS } from '@referrals/domain';
import { changedSettings, settingErrorMessage, settingValidators } from './setting-form';

const control = (value: unknown, key: keyof typeof SETTING_DEFINITIONS) =>
  new FormControl(value, settingValidators(SETTING_DEFINITIONS[key]));

describe('settingValidators', () => {
  it('accepts whole numbers inside the range', () => {
    expect(control(12, 'ownershipWindowMonths').valid).toBe(true);
  });

  it('refuses numbers outside the range, fractions and empty fields', () => {
    expect(control(0, 'ownershipWindowMonths').errors).toHaveProperty('min');
    expect(control(61, 'ownershipWindowMonths').errors).toHaveProperty('max');
    expect(control(1.5, 'ownershipWindowMonths').errors).toHaveProperty('wholeNumber');
    expect(control(null, 'ownershipWindowMonths').errors).toHaveProperty('required');
  });

  it('accepts only the listed choices', () => {
    expect(control('EUR', 'companyCurrency').valid).toBe(true);
    expect(control('XYZ', 'companyCurrency').errors).toHaveProperty('choice');
  });
});

describe('settingErrorMessage', () => {
  it('states the range of a number', () => {
    expect(settingErrorMessage(SETTING_DEFINITIONS.maxReferralsPerDay, { max: true })).toEqual({
      key: 'settings.errors.range',
      params: { min: 1, max: 1000 },
    });
  });

  it('explains errors reported by the server in the same words', () => {
    expect(settingErrorMessage(SETTING_DEFINITIONS.companyCurrency, { server: 'must be one of …' })).toEqual({
      key: 'settings.errors.choice',
      params: {},
    });
  });

  it('says nothing for a valid field', () => {
    expect(settingErrorMessage(SETTING_DEFINITIONS.pointsHired, null)).toBeNull();
  });
});

describe('changedSettings', () => {
  it('keeps only the values that differ from the saved ones', () => {
    const saved = defaultSettings();
    expect(
      changedSettings(saved, { ...saved, maxReferralsPerDay: 11, flagHiringManagerOwnVacancy: false }),
    ).toEqual({ maxReferralsPerDay: 11, flagHiringManagerOwnVacancy: false });
  });

  it('sends nothing for cleared fields or before the settings are loaded', () => {
    expect(changedSettings(defaultSettings(), { maxReferralsPerDay: null })).toEqual({});
    expect(changedSettings(null, { maxReferralsPerDay: 11 })).toEqual({});
  });
});
