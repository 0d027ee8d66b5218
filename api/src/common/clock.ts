/** The one source of "now" for services, so tests can fix time instead of freezing timers. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
