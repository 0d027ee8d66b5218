/** The one source of "now" for services, so tests can fix time instead of freezing timers. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

/**
 * "Now" for the idle and absolute session limits. Production passes the same system clock as CLOCK; tests get
 * a clock of their own, so a test moving the business calendar months ahead keeps its people signed in, and a
 * session test moves only the session clock.
 */
export const SESSION_CLOCK = Symbol('SESSION_CLOCK');

export const systemClock: Clock = { now: () => new Date() };
