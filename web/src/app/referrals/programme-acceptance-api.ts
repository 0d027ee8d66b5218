import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CurrentProgrammeResponse, ProgrammeAcceptanceResponse } from '@referrals/contracts';

/** The current programme rules, whether the signed-in person accepted them, and accepting them. */
@Injectable({ providedIn: 'root' })
export class ProgrammeAcceptanceApi {
  private readonly http = inject(HttpClient);

  current() {
    return this.http.get<CurrentProgrammeResponse>('/api/programme/current');
  }

  accept(version: number) {
    return this.http.post<ProgrammeAcceptanceResponse>(`/api/programme/${version}/accept`, {});
  }
}
