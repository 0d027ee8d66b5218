import type { ParamMap, Params } from '@angular/router';
import { VACANCY_SORTS, type VacancySort } from '@referrals/contracts';
import { EMPLOYMENT_TYPES, VACANCY_STATUSES, type EmploymentType, type VacancyStatus } from '@referrals/domain';

export const VACANCY_PAGE_SIZE = 12;


/** What the search page shows, read from and written to the address bar so back and reload keep it. */
export interface VacancySearchView {
  readonly q: string;
  readonly department: string;
  readonly location: string;
  readonly category: string;
  readonly employmentType: EmploymentType | '';
  /** Only people who manage vacancies choose; '' is the API's default, open vacancies. */
  readonly status: VacancyStatus | '';
  /** '' is the API's default: relevance with a search text, newest without. */
  readonly sort: VacancySort | '';
  readonly page: number;
}

export type VacancyFilterKey = 'department' | 'location' | 'category' | 'employmentType' | 'status';

const text = (params: ParamMap, key: string, max: number) => (params.get(key) ?? '').trim().slice(0, max);

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : '';
}

export function vacancySearchFrom(params: ParamMap): VacancySearchView {
  const page = Number(params.get('page'));
  return {
    q: text(params, 'q', 200),
    department: text(params, 'department', 100),
    location: text(params, 'location', 100),
    category: text(params, 'category', 100),
    employmentType: oneOf(params.get('employmentType'), EMPLOYMENT_TYPES),
    status: oneOf(params.get('status'), VACANCY_STATUSES),
    sort: oneOf(params.get('sort'), VACANCY_SORTS),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query string of a view; empty values and the first page are left out to keep addresses short. */
export function vacancySearchParams(view: VacancySearchView): Params {
  return {
    q: view.q.trim() || null,
    department: view.department || null,
    location: view.location || null,
    category: view.category || null,
    employmentType: view.employmentType || null,
    status: view.status || null,
    sort: view.sort || null,
    page: view.page > 1 ? view.page : null,
  };
}

/** The order the API will apply; relevance means nothing without a search text. */
export function effectiveSort(view: Pick<VacancySearchView, 'q' | 'sort'>): VacancySort {
  const hasText = view.q.trim() !== '';
  if (view.sort === '' || (view.sort === 'relevance' && !hasText)) return hasText ? 'relevance' : 'newest';
  return view.sort;
}

/** The API request of a view: only what is set, and a status filter only for people allowed to use it. */
export function vacancySearchRequest(view: VacancySearchView, canManage: boolean): Record<string, string | number> {
  const request: Record<string, string | number> = {
    page: view.page,
    pageSize: VACANCY_PAGE_SIZE,
  };
  if (view.q) request['q'] = view.q;
  for (const key of ['department', 'location', 'category', 'employmentType'] as const) {
    if (view[key]) request[key] = view[key];
  }
  if (canManage && view.status) request['status'] = view.status;
  if (view.sort) request['sort'] = effectiveSort(view);
  return request;
}
