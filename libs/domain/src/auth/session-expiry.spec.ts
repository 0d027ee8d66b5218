import { sessionExpiry } from './session-expiry';

const signedInAt = new Date('2026-03-02T08:00:00Z');
const timeouts = { idleTimeoutMinutes: 60, absoluteTimeoutHours: 12 };
const minutesAfterSignIn = (minutes: number) => new Date(signedInAt.getTime() + minutes * 60_000);

describe('sessionExpiry', () => {
  it('keeps a session alive up to the idle limit', () => {
    expect(sessionExpiry({ signedInAt, lastActiveAt: signedInAt }, timeouts, minutesAfterSignIn(60))).toBeNull();
  });

  it('ends a session idle for longer than the idle limit', () => {
    expect(sessionExpiry({ signedInAt, lastActiveAt: signedInAt }, timeouts, minutesAfterSignIn(61))).toBe('idle');
  });

  it('counts idleness from the last activity, not from sign-in', () => {
    const times = { signedInAt, lastActiveAt: minutesAfterSignIn(300) };
    expect(sessionExpiry(times, timeouts, minutesAfterSignIn(359))).toBeNull();
  });

  it('ends a busy session past the absolute limit since sign-in', () => {
    const times = { signedInAt, lastActiveAt: minutesAfterSignIn(12 * 60) };
    expect(sessionExpiry(times, timeouts, minutesAfterSignIn(12 * 60))).toBeNull();
    expect(sessionExpiry(times, timeouts, minutesAfterSignIn(12 * 60 + 1))).toBe('absolute');
  });

  it('names the absolute limit when both have passed', () => {
    expect(sessionExpiry({ signedInAt, lastActiveAt: signedInAt }, timeouts, minutesAfterSignIn(13 * 60))).toBe('absolute');
  });
});
