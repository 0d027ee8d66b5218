import { ESSENTIAL_NOTIFICATION_EVENTS, NOTIFICATION_EVENTS } from '@referrals/contracts';
import { emailOffFrom, mailChoicesFor } from './mail-choices';

describe('mail choices', () => {
  it('offers an employee the mails about their own referrals, bonuses and the rules', () => {
    const events = mailChoicesFor(['employee']).map((choice) => choice.event);
    expect(events).toContain('referral_status_changed');
    expect(events).toContain('bonus_paid');
    expect(events).toContain('programme_updated');
    expect(events).not.toContain('approvals_waiting');
    expect(events).not.toContain('stale_candidates');
    expect(events).not.toContain('candidate_referred');
  });

  it("offers recruiters recruiting's mails and HR the approvals digest", () => {
    expect(mailChoicesFor(['employee', 'recruiter']).map((choice) => choice.event)).toEqual(
      expect.arrayContaining(['candidate_referred', 'stale_candidates']),
    );
    expect(mailChoicesFor(['employee', 'hr']).map((choice) => choice.event)).toContain('approvals_waiting');
  });

  it('marks exactly the essential mails as essential', () => {
    const everyone = mailChoicesFor(['employee', 'recruiter', 'hr']);
    expect(everyone.map((choice) => choice.event)).toEqual([...NOTIFICATION_EVENTS]);
    expect(everyone.filter((choice) => choice.essential).map((choice) => choice.event)).toEqual([
      ...ESSENTIAL_NOTIFICATION_EVENTS,
    ]);
  });

  it('switches off what was switched off, never an essential mail, and keeps earlier choices it did not show', () => {
    const shown = mailChoicesFor(['employee']);
    expect(
      emailOffFrom(shown, { referral_received: false, referral_hired: true, bonus_paid: false }, ['stale_candidates', 'referral_hired']),
    ).toEqual(['referral_received', 'stale_candidates']);
  });
});
