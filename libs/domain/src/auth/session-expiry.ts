export interface SessionTimes {
  /** When the person signed in (the session was created by the SSO login). */
  signedInAt: Date;
  /** When the person last did something in the portal with this session. */
  lastActiveAt: Date;
}

export interface SessionTimeouts {
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
}

export type SessionExpiry = 'idle' | 'absolute';

/**
 * Why a session has ended by now, or null while it is alive. The absolute limit counts from sign-in and
 * holds however busy the person is, so a stolen session cannot be kept alive forever; the idle limit ends
 * a session left open on an unattended machine. The limit itself is still allowed, one moment past is not.
 */
export function sessionExpiry(times: SessionTimes, timeouts: SessionTimeouts, now: Date): SessionExpiry | null {
  if (now.getTime() - times.signedInAt.getTime() > timeouts.absoluteTimeoutHours * 3_600_000) return 'absolute';
  if (now.getTime() - times.lastActiveAt.getTime() > timeouts.idleTimeoutMinutes * 60_000) return 'idle';
  return null;
}
