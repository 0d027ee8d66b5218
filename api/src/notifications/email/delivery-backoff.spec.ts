import { MAX_DELIVERY_ATTEMPTS, nextAttemptAfter } from './delivery-backoff';

describe('nextAttemptAfter', () => {
  const now = new Date('2025-03-01T10:00:00Z');

  it('waits 30 seconds after the first try and longer after each next one', () => {
    expect(nextAttemptAfter(1, now)).toEqual(new Date('2025-03-01T10:00:30Z'));
    expect(nextAttemptAfter(2, now)).toEqual(new Date('2025-03-01T10:02:00Z'));
    expect(nextAttemptAfter(3, now)).toEqual(new Date('2025-03-01T10:10:00Z'));
    expect(nextAttemptAfter(8, now)).toEqual(new Date('2025-03-01T18:00:00Z'));
  });

  it('gives up after the last try', () => {
    expect(MAX_DELIVERY_ATTEMPTS).toBe(9);
    expect(nextAttemptAfter(MAX_DELIVERY_ATTEMPTS, now)).toBeNull();
    expect(nextAttemptAfter(MAX_DELIVERY_ATTEMPTS + 3, now)).toBeNull();
  });

  it('refuses a count of tries below one', () => {
    expect(() => nextAttemptAfter(0, now)).toThrow();
  });
});
