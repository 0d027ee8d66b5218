import type { ParamMap, Params } from '@angular/router';
import { DISPUTE_STATUSES, type DisputeStatus } from '@referrals/domain';

export const DISPUTE_FILTERS = ['open', 'upheld', 'dismissed', 'all'] as const;
export type DisputeFilter = (typeof DISPUTE_FILTERS)[number];

export interface DisputeDeskQuery {
  filter: DisputeFilter;
  page: number;
}

export const DISPUTE_PAGE_SIZE = 20;

/** The desk opens on the open cases: those are the work. */
const DEFAULT_FILTER: DisputeFilter = 'open';

export function disputeQueryFrom(params: ParamMap): DisputeDeskQuery {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    filter: (DISPUTE_FILTERS as readonly string[]).includes(status ?? '') ? (status as DisputeFilter) : DEFAULT_FILTER,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view, leaving defaults out so the plain link stays the canonical one. */
export function disputeQueryParams(query: DisputeDeskQuery): Params {
  return {
    status: query.filter === DEFAULT_FILTER ? null : query.filter,
    page: query.page === 1 ? null : query.page,
  };
}

export function statusOf(filter: DisputeFilter): DisputeStatus | null {
  return (DISPUTE_STATUSES as readonly string[]).includes(filter) ? (filter as DisputeStatus) : null;
}

/** Open cases before decided ones, each group in the order the API gave; for the view of all statuses. */
export function openFirst<T extends { status: DisputeStatus }>(cases: readonly T[]): T[] {
  return [...cases.filter((item) => item.status === 'open'), ...cases.filter((item) => item.status !== 'open')];
}
