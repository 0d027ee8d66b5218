import { IsISO8601, Matches } from 'class-validator';

/** A calendar day as `YYYY-MM-DD`, and a real one (no 30 February): start dates, probation ends, leaving days. */
export function IsCalendarDay(): PropertyDecorator {
  return (target, property) => {
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${String(property)} must be a date like 2026-12-01` })(target, property);
    IsISO8601({ strict: true })(target, property);
  };
}
