import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEntryResponse, Page } from '@referrals/contracts';
import type { AuditQuery } from './audit-query';

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery) {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.entityType) params = params.set('entityType', query.entityType);
    if (query.action) params = params.set('action', query.action);
    return this.http.get<Page<AuditEntryResponse>>('/api/audit', { params });
  }
}
