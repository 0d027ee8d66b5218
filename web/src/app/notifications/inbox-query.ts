import type { ParamMap, Params } from '@angular/router';

export const INBOX_PAGE_SIZE = 20;

export interface InboxQuery {
  readonly page: number;
  readonly unreadOnly: boolean;
}

/** Reads the inbox view from the address, so a page or the unread filter survives a reload. */
export function inboxQueryFrom(params: ParamMap): InboxQuery {
  const page = Number(params.get('page'));
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    unreadOnly: params.get('unread') === 'true',
  };
}

/** The query string for a view; defaults are left out to keep addresses short. */
export function inboxQueryParams(query: InboxQuery): Params {
  return { page: query.page > 1 ? query.page : null, unread: query.unreadOnly ? 'true' : null };
}

export function sameInboxQuery(a: InboxQuery, b: InboxQuery): boolean {
  return a.page === b.page && a.unreadOnly === b.unreadOnly;
}
