import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyReferralResponse, Page, ReferralDetailResponse, VacancyResponse } from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

/** The referrer's side of the referrals API; used by the referral form and by "My referrals". */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  /**
   * Sends the form as multipart/form-data. The form reports every refusal in place, next to the submit
   * button, so the general error toast stays quiet.
   */
  submit(form: FormData) {
    return this.http.post<ReferralDetailResponse>('/api/referrals', form, { context: withoutErrorToast() });
  }

  mine(page: number, pageSize: number) {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<MyReferralResponse>>('/api/referrals/mine', { params });
  }

  /** The page shows its own "not found" for a 404, so no toast. */
  get(id: string) {
    return this.http.get<ReferralDetailResponse>(`/api/referrals/${encodeURIComponent(id)}`, {
      context: withoutErrorToast(),
    });
  }

  withdraw(id: string, reason: string | undefined) {
    return this.http.post<ReferralDetailResponse>(
      `/api/referrals/${encodeURIComponent(id)}/withdraw`,
      reason ? { reason } : {},
    );
  }

  /** The vacancy a referral is for, to show its title and bonus on the form. */
  vacancy(id: string) {
    return this.http.get<VacancyResponse>(`/api/vacancies/${encodeURIComponent(id)}`, { context: withoutErrorToast() });
  }
}
