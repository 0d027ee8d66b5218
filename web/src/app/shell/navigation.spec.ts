import type { Role } from '@referrals/contracts';
import { visibleAreas } from './navigation';

const ids = (roles: Role[]) => visibleAreas(roles).map((area) => area.id);

describe('visibleAreas', () => {
  it('shows an employee the everyday areas only', () => {
    expect(ids(['employee'])).toEqual(['home', 'vacancies', 'myReferrals', 'rules']);
  });

  it('adds the pipeline for recruiters and hiring managers', () => {
    expect(ids(['employee', 'recruiter'])).toContain('pipeline');
    expect(ids(['employee', 'hiring_manager'])).toContain('pipeline');
    expect(ids(['employee'])).not.toContain('pipeline');
  });

  it('gives HR the programme, bonuses, analytics and settings but not the audit log', () => {
    expect(ids(['employee', 'hr'])).toEqual([
      'home',
      'vacancies',
      'myReferrals',
      'rules',
      'programme',
      'bonuses',
      'analytics',
      'settings',
    ]);
  });

  it('gives admins settings and the audit log', () => {
    expect(ids(['employee', 'admin'])).toEqual(
      expect.arrayContaining(['settings', 'audit', 'analytics']),
    );
    expect(ids(['employee', 'admin'])).not.toContain('bonuses');
  });

  it('still shows home, my referrals and the rules to someone without roles', () => {
    expect(ids([])).toEqual(['home', 'myReferrals', 'rules']);
  });
});
