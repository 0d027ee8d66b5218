import { describeChanges } from './audit-changes';

describe('describeChanges', () => {
  it('lists the fields that changed between two objects', () => {
    expect(describeChanges({ maxReferralsPerDay: 10, staleAfterDays: 7 }, { maxReferralsPerDay: 11, staleAfterDays: 7 })).toEqual([
      { field: 'maxReferralsPerDay', before: '10', after: '11' },
    ]);
  });

  it('shows added and removed fields with an empty side', () => {
    expect(describeChanges(null, { locale: 'nl' })).toEqual([{ field: 'locale', before: '', after: '"nl"' }]);
    expect(describeChanges({ role: 'hr' }, null)).toEqual([{ field: 'role', before: '"hr"', after: '' }]);
  });

  it('compares nested values by content', () => {
    expect(describeChanges({ roles: ['employee'] }, { roles: ['employee'] })).toEqual([]);
    expect(describeChanges({ roles: ['employee'] }, { roles: ['employee', 'hr'] })).toEqual([
      { field: 'roles', before: '["employee"]', after: '["employee","hr"]' },
    ]);
  });

  it('shows plain values whole', () => {
    expect(describeChanges('draft', 'open')).toEqual([{ field: '', before: '"draft"', after: '"open"' }]);
    expect(describeChanges(null, null)).toEqual([]);
  });
});
