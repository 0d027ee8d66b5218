import { rolesFromGroups } from './roles-from-groups';

const rules = [
  { group: 'referrals-recruiters', role: 'recruiter' },
  { group: 'referrals-hr', role: 'hr' },
  { group: 'people-team', role: 'hr' },
] as const;

describe('rolesFromGroups', () => {
  it('gives the base role to someone in no mapped group', () => {
    expect(rolesFromGroups(['sales'], rules, 'employee')).toEqual(['employee']);
  });

  it('adds every mapped role once', () => {
    expect(rolesFromGroups(['referrals-hr', 'people-team', 'referrals-recruiters'], rules, 'employee')).toEqual([
      'employee',
      'recruiter',
      'hr',
    ]);
  });

  it('compares group names exactly', () => {
    expect(rolesFromGroups(['Referrals-HR', ' referrals-hr'], rules, 'employee')).toEqual(['employee']);
  });
});
