import type { Clock } from '../../src/common/clock';

/** A clock that follows real time until a test pins it. */
export class TestClock implements Clock {
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }

  set(date: Date): void {
    this.pinned = date;
  }

  /** Follows real time again. */
  reset(): void {
    this.pinned = null;
  }
}
