import type { Role } from '@referrals/contracts';
import type { GroupRoleRule } from '@referrals/domain';
import { planDemoCompany } from './plan-demo-company';
import { planDemoNotifications } from './plan-demo-notifications';

const ROLE_RULES: GroupRoleRule<Role>[] = [
  { group: 'referrals-recruiters', role: 'recruiter' },
  { group: 'referrals-hr', role: 'hr' },
];
const NOW = new Date('2026-03-18T10:30:00Z');

describe('planDemoNotifications', () => {
  let next = 0;
  const newId = () => `id-${++next}`;
  const company = planDemoCompany({ now: NOW, roleRules: ROLE_RULES, newId });
  const rows = planDemoNotifications(company, NOW, newId);

  it('thanks every referrer for every referral, once', () => {
    const thanks = rows.filter((row) => row.event === 'referral_received');
    expect(thanks).toHaveLength(company.referrals.length);
    expect(new Set(rows.map((row) => `${row.recipientId} ${row.dedupeKey}`)).size).toBe(rows.length);
  });

  it('gives the latest status news only for referrals past "submitted", not for hires (their bonus tells)', () => {
    const news = rows.filter((row) => row.event === 'referral_status_changed');
    expect(news.length).toBeGreaterThan(0);
    expect(news.every((row) => !['submitted', 'hired'].includes(row.params['status'] as string))).toBe(true);
  });

  it('leaves only this week’s news unread', () => {
    const weekAgo = NOW.getTime() - 7 * 24 * 60 * 60 * 1000;
    for (const row of rows) expect(row.readAt === null).toBe(row.createdAt.getTime() >= weekAgo);
    expect(rows.some((row) => row.readAt === null)).toBe(true);
  });
});
