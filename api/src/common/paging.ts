import type { Page } from '@referrals/contracts';

/** Which rows one page covers. Lists fetch `pageSize + 1` rows: the extra one says whether a next page exists. */
export interface PageWindow {
  page: number;
  pageSize: number;
  offset: number;
  /** How many rows to fetch: one more than the page shows, so no count of the whole table is needed. */
  fetch: number;
}

export function pageWindow(query: { page?: number; pageSize?: number }, defaultPageSize = 20): PageWindow {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? defaultPageSize;
  return { page, pageSize, offset: (page - 1) * pageSize, fetch: pageSize + 1 };
}

/** The page of rows fetched for `window`, the extra row dropped. */
export function pageOf<T>(rows: T[], window: PageWindow): Page<T> {
  return { items: rows.slice(0, window.pageSize), page: window.page, pageSize: window.pageSize, hasMore: rows.length > window.pageSize };
}
