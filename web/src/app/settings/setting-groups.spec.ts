import { SETTING_KEYS, type SettingKey } from '@referrals/domain';
import { SETTING_GROUPS, settingGroups } from './setting-groups';

describe('setting groups', () => {
  it('place every setting exactly once', () => {
    const placed = SETTING_GROUPS.flatMap((group) => group.fields.map((field) => field.key));
    expect([...placed].sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('have no catch-all group while every setting has its place', () => {
    expect(SETTING_GROUPS.map((group) => group.id)).not.toContain('other');
  });

  it('still show a setting that has no group yet', () => {
    const groups = settingGroups([...SETTING_KEYS, 'brandNewSetting' as SettingKey]);
    expect(groups.at(-1)?.id).toBe('other');
    expect(groups.at(-1)?.fields.map((field) => field.key)).toEqual(['brandNewSetting']);
  });
});
