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

/**
 * SQL for one page of a list whose rows carry names from other tables. The page is chosen first, from
 * `page.from` (the base table and only the joins its filters read), and only its rows go through `named`,
 * which selects from `page`: planning a sorted join of six to nine tables cost PostgreSQL more than running
 * it. `page.limit` and `page.offset` are the placeholders of the window's `fetch` and `offset`.
 */
export function pageThenNames(page: { from: string; where: string; order: string; limit: string; offset: string }, named: string): string {
  return `WITH page AS (
         ${page.from} ${page.where}
          ${page.order} LIMIT ${page.limit} OFFSET ${page.offset}
       )
       ${named} ${page.order}`;
}
