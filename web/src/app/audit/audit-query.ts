import type { ParamMap, Params } from '@angular/router';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly entityType: string;
  readonly action: string;
}

/** Reads the audit view from the address bar, so a filtered page can be reloaded and shared. */
export function auditQueryFrom(params: ParamMap): AuditQuery {
  const page = Number(params.get('page'));
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: AUDIT_PAGE_SIZE,
    entityType: (params.get('entityType') ?? '').trim().slice(0, 100),
    action: (params.get('action') ?? '').trim().slice(0, 100),
  };
}

/** The query string for a view; defaults are left out to keep addresses short. */
export function auditQueryParams(query: Pick<AuditQuery, 'page' | 'entityType' | 'action'>): Params {
  return {
    page: query.page > 1 ? query.page : null,
    entityType: query.entityType.trim() || null,
    action: query.action.trim() || null,
  };
}
