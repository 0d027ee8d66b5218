import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DecideDisputeDto, DisputeCaseResponse, Page } from '@referrals/contracts';
import type { DisputeStatus } from '@referrals/domain';
import { withoutErrorToast } from '../core/http/skip-error-toast';

export interface DisputeListQuery {
  status: DisputeStatus | null;
  page: number;
  pageSize: number;
}

/** HR's side of credit disputes. */
@Injectable({ providedIn: 'root' })
export class DisputesApi {
  private readonly http = inject(HttpClient);

  list(query: DisputeListQuery) {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<DisputeCaseResponse>>('/api/disputes', { params });
  }

  /**
   * 409 when someone decided it first; 403 when the deciding HR person is one of the parties. The caller
   * explains those next to the case, so no toast.
   */
  decide(id: string, decision: DecideDisputeDto) {
    return this.http.post<DisputeCaseResponse>(`/api/disputes/${encodeURIComponent(id)}/decision`, decision, {
      context: withoutErrorToast(),
    });
  }
}
