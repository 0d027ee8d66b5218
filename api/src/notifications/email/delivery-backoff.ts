/**
 * How long to wait before the next try after a temporary failure, by the attempt that just failed (1 = the
 * first). Roughly a day in all, so a mail server down overnight still gets everything the next morning.
 */
export const RETRY_DELAYS_SECONDS = [30, 2 * 60, 10 * 60, 30 * 60, 60 * 60, 2 * 3600, 4 * 3600, 8 * 3600] as const;

/** Tries in all: the first and one per delay. */
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** When to try again after `attempts` tries, or null when that was the last one. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts < 1) throw new Error('attempts counts the tries made, starting at 1');
  const delaySeconds = RETRY_DELAYS_SECONDS[attempts - 1];
  return delaySeconds === undefined ? null : new Date(now.getTime() + delaySeconds * 1000);
}
