import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CurrentProgrammeResponse, ProgrammeAcceptanceResponse } from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

/** The current programme rules, whether the signed-in person accepted them, and accepting them. */
@Injectable({ providedIn: 'root' })
export class ProgrammeAcceptanceApi {
  private readonly http = inject(HttpClient);

  /** 404 while HR has published no rules yet; the caller explains any failure itself. */
  current() {
    return this.http.get<CurrentProgrammeResponse>('/api/programme/current', { context: withoutErrorToast() });
  }

  accept(version: number) {
    return this.http.post<ProgrammeAcceptanceResponse>(`/api/programme/${version}/accept`, {});
  }
}
