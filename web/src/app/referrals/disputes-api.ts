import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { FileDisputeDto, MyDisputeResponse, Page } from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

/** Credit claims as their filer sees them. */
@Injectable({ providedIn: 'root' })
export class DisputesApi {
  private readonly http = inject(HttpClient);

  /** The claim form explains a refusal in place, so no toast. */
  file(claim: FileDisputeDto) {
    return this.http.post<MyDisputeResponse>('/api/disputes', claim, { context: withoutErrorToast() });
  }

  mine(page = 1, pageSize = 50) {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<MyDisputeResponse>>('/api/disputes/mine', { params });
  }
}
