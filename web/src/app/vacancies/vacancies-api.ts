import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ChangeVacancyStatusDto,
  CreateVacancyDto,
  Page,
  Role,
  StageTemplateResponse,
  UpdateVacancyDto,
  UserDirectoryEntry,
  VacancyFacetsResponse,
  VacancyReferralResponse,
  VacancyResponse,
  VacancySummaryResponse,
} from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

export const VACANCY_REFERRALS_PAGE_SIZE = 10;

/** The link that downloads a referral's CV; the API checks access and audits each read. */
export function referralCvUrl(referralId: string): string {
  return `/api/referrals/${encodeURIComponent(referralId)}/cv`;
}

@Injectable({ providedIn: 'root' })
export class VacanciesApi {
  private readonly http = inject(HttpClient);

  search(params: Record<string, string | number>) {
    return this.http.get<Page<VacancySummaryResponse>>('/api/vacancies', {
      params,
    });
  }

  facets() {
    return this.http.get<VacancyFacetsResponse>('/api/vacancies/facets');
  }

  get(id: string) {
    return this.http.get<VacancyResponse>(`/api/vacancies/${encodeURIComponent(id)}`);
  }

  /** Failed writes are announced by the interceptor; callers add field errors and the 409 reload. */
  create(body: CreateVacancyDto) {
    return this.http.post<VacancyResponse>('/api/vacancies', body);
  }

  update(id: string, body: UpdateVacancyDto) {
    return this.http.patch<VacancyResponse>(`/api/vacancies/${encodeURIComponent(id)}`, body);
  }

  changeStatus(id: string, body: ChangeVacancyStatusDto) {
    return this.http.post<VacancyResponse>(`/api/vacancies/${encodeURIComponent(id)}/status`, body);
  }

  /** The step lists a vacancy can use. Without them the form leaves the choice out and the API uses the built-in one. */
  stageTemplates() {
    return this.http.get<StageTemplateResponse[]>('/api/stage-templates', { context: withoutErrorToast() });
  }

  /** Colleagues to assign; `role` narrows to e.g. recruiters. Suggestions that fail to load just do not appear. */
  people(q: string, role?: Role) {
    const params: Record<string, string> = q.trim() ? { q: q.trim() } : {};
    if (role) params['role'] = role;
    return this.http.get<UserDirectoryEntry[]>('/api/users', {
      params,
      context: withoutErrorToast(),
    });
  }

  /**
   * A vacancy's referrals, or with null the general ones (no vacancy). A hiring manager may only see their own
   * vacancies' referrals; the caller hides the section on 403.
   */
  referrals(vacancyId: string | null, page: number) {
    const url = vacancyId ? `/api/vacancies/${encodeURIComponent(vacancyId)}/referrals` : '/api/referrals/general';
    return this.http.get<Page<VacancyReferralResponse>>(url, {
      params: { page, pageSize: VACANCY_REFERRALS_PAGE_SIZE },
      context: withoutErrorToast(),
    });
  }
}
