import { BONUS_STATES } from '@referrals/domain';
import { bonusPartKey, bonusStateKey, bonusStateTone, myBonusDateLine, myBonusStateKey } from './bonus-state';

describe('bonus state labels', () => {
  it('has a translation key for every state, for HR and for the referrer', () => {
    for (const state of BONUS_STATES) {
      expect(bonusStateKey(state)).toBe(`bonuses.states.${state}`);
      expect(myBonusStateKey(state)).toBe(`myBonuses.states.${state}`);
    }
  });

  it('groups states into what waits, what is decided, what is paid and what ended without pay', () => {
    expect(BONUS_STATES.map(bonusStateTone)).toEqual(['waiting', 'waiting', 'decided', 'decided', 'done', 'closed', 'closed']);
  });

  it('names the part of a split', () => {
    expect(bonusPartKey('at_hire')).toBe('bonuses.parts.at_hire');
  });

  it('tells the referrer when to expect the next step, or when it was paid', () => {
    expect(myBonusDateLine({ state: 'pending_probation', expectedOn: '2026-11-02', paidAt: null })).toEqual({
      key: 'myBonuses.expectedOn',
      date: '2026-11-02',
    });
    expect(myBonusDateLine({ state: 'eligible', expectedOn: '2026-11-02', paidAt: null })).toEqual({
      key: 'myBonuses.eligibleSince',
      date: '2026-11-02',
    });
    expect(myBonusDateLine({ state: 'paid', expectedOn: null, paidAt: '2026-12-01T10:00:00.000Z' })).toEqual({
      key: 'myBonuses.paidOn',
      date: '2026-12-01T10:00:00.000Z',
    });
    expect(myBonusDateLine({ state: 'approved', expectedOn: null, paidAt: null })).toBeNull();
    expect(myBonusDateLine({ state: 'rejected', expectedOn: null, paidAt: null })).toBeNull();
  });
});
