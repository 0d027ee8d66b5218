export interface AuditChange {
  /** Dotted field name, or '' when the whole value was replaced. */
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/**
 * What an audit entry changed, field by field when both sides are objects (a settings change reads
 * "maxReferralsPerDay: 10 → 11"), else the whole value before and after.
 */
export function describeChanges(before: unknown, after: unknown): AuditChange[] {
  if (isRecord(before) || isRecord(after)) {
    const from = isRecord(before) ? before : {};
    const to = isRecord(after) ? after : {};
    const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return fields
      .filter((field) => show(from[field]) !== show(to[field]))
      .map((field) => ({ field, before: show(from[field]), after: show(to[field]) }));
  }
  if (before === undefined && after === undefined) return [];
  if (before === null && after === null) return [];
  return show(before) === show(after) ? [] : [{ field: '', before: show(before ?? undefined), after: show(after ?? undefined) }];
}
