import type { ParamMap, Params } from '@angular/router';
import { BONUS_STATES, type BonusState } from '@referrals/domain';

export const BONUS_PAGE_SIZE = 25;

/** The queue opens on what waits for HR; `all` in the address lifts the state filter. */
export const DEFAULT_BONUS_STATE: BonusState = 'eligible';
const ALL_STATES = 'all';

export interface BonusQuery {
  readonly page: number;
  readonly pageSize: number;
  /** Null: every state. */
  readonly state: BonusState | null;
  readonly department: string;
  /** Part of the referrer's or the candidate's name. */
  readonly q: string;
}

const isBonusState = (value: string | null): value is BonusState => (BONUS_STATES as readonly (string | null)[]).includes(value);

/** Reads the queue's view from the address bar, so a filtered queue can be reloaded and shared. */
export function bonusQueryFrom(params: ParamMap): BonusQuery {
  const page = Number(params.get('page'));
  const state = params.get('state');
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: BONUS_PAGE_SIZE,
    state: state === ALL_STATES ? null : isBonusState(state) ? state : DEFAULT_BONUS_STATE,
    department: (params.get('department') ?? '').trim().slice(0, 100),
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The query string of a view; defaults are left out to keep addresses short. */
export function bonusQueryParams(query: Pick<BonusQuery, 'page' | 'state' | 'department' | 'q'>): Params {
  return {
    page: query.page > 1 ? query.page : null,
    state: query.state === DEFAULT_BONUS_STATE ? null : (query.state ?? ALL_STATES),
    department: query.department.trim() || null,
    q: query.q.trim() || null,
  };
}

/** The API's parameters for a view: only the filters that are set. */
export function bonusApiParams(query: BonusQuery): Record<string, string | number> {
  const params: Record<string, string | number> = { page: query.page, pageSize: query.pageSize };
  if (query.state) params['state'] = query.state;
  if (query.department) params['department'] = query.department;
  if (query.q) params['q'] = query.q;
  return params;
}
