import { quarterOf } from '@referrals/domain';

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string | null | undefined): value is string {
  return !!value && QUARTER.test(value);
}

/** The quarter `steps` quarters before (negative) or after `quarter`, e.g. 2026-Q4 + 1 = 2027-Q1. */
export function shiftQuarter(quarter: string, steps: number): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + steps;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter of a moment as the reader's calendar has it. */
export function quarterOfDate(date: Date): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-01`;
  return quarterOf(day);
}

/** Year and number of a quarter, for its label ("Q4 2026"). */
export function quarterParts(quarter: string): { year: number; number: number } {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
  return { year: Number(match[1]), number: Number(match[2]) };
}
