import { hasPermission, PERMISSIONS } from './permissions';

describe('hasPermission', () => {
  it('lets an employee refer but not read the audit log', () => {
    expect(hasPermission(['employee'], 'referCandidates')).toBe(true);
    expect(hasPermission(['employee'], 'readAudit')).toBe(false);
  });

  it('grants what any one of several roles allows', () => {
    expect(hasPermission(['employee', 'hr'], 'approveBonuses')).toBe(true);
    expect(hasPermission(['employee', 'recruiter'], 'approveBonuses')).toBe(false);
  });

  it('gives nothing to someone without roles', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(hasPermission([], permission)).toBe(false);
    }
  });
});
