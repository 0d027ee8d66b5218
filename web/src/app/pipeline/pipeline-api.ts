import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddApplicationNoteDto,
  ApplicationDetailResponse,
  ApplicationListItemResponse,
  ApplicationNoteResponse,
  AssignRecruiterDto,
  BoardResponse,
  CorrectProbationDto,
  HireResponse,
  MoveApplicationDto,
  Page,
  RejectReasonResponse,
  UserDirectoryEntry,
  VacancyResponse,
  VacancySummaryResponse,
} from '@referrals/contracts';
import type { VacancyStatus } from '@referrals/domain';
import { map, shareReplay, type Observable } from 'rxjs';
import { withoutErrorToast } from '../core/http/skip-error-toast';

type QueryParams = Record<string, string | number | boolean>;

const byId = (id: string) => encodeURIComponent(id);

/** The CV of an application: the API checks access and audits every read; `inline` asks for a preview. */
export function applicationCvUrl(applicationId: string, inline = false): string {
  return `/api/applications/${byId(applicationId)}/cv${inline ? '?inline=true' : ''}`;
}

/**
 * The pipeline endpoints. Moves and recruiter changes report their own 409/422 (the board and the detail
 * explain them in their words), so those calls skip the interceptor's generic message.
 */
@Injectable({ providedIn: 'root' })
export class PipelineApi {
  private readonly http = inject(HttpClient);
  private rejectReasons$?: Observable<RejectReasonResponse[]>;

  board(vacancyId: string) {
    return this.http.get<BoardResponse>(`/api/vacancies/${byId(vacancyId)}/board`, { context: withoutErrorToast() });
  }

  applications(params: QueryParams) {
    return this.http.get<Page<ApplicationListItemResponse>>('/api/applications', { params });
  }

  application(id: string) {
    return this.http.get<ApplicationDetailResponse>(`/api/applications/${byId(id)}`, { context: withoutErrorToast() });
  }

  move(id: string, body: MoveApplicationDto) {
    return this.http.post<ApplicationDetailResponse>(`/api/applications/${byId(id)}/move`, body, {
      context: withoutErrorToast(),
    });
  }

  addNote(id: string, body: AddApplicationNoteDto) {
    return this.http.post<ApplicationNoteResponse>(`/api/applications/${byId(id)}/notes`, body);
  }

  assignRecruiter(id: string, body: AssignRecruiterDto) {
    return this.http.put<ApplicationDetailResponse>(`/api/applications/${byId(id)}/recruiter`, body, {
      context: withoutErrorToast(),
    });
  }

  correctProbation(hireId: string, body: CorrectProbationDto) {
    return this.http.patch<HireResponse>(`/api/hires/${byId(hireId)}`, body);
  }

  /** The managed reject reasons, asked once per page load: they change rarely and every drop to Rejected needs them. */
  rejectReasons(): Observable<RejectReasonResponse[]> {
    this.rejectReasons$ ??= this.http.get<RejectReasonResponse[]>('/api/reject-reasons').pipe(
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.rejectReasons$;
  }

  /** Forgets the cached reject reasons, e.g. after a failed load, so the next dialog asks again. */
  forgetRejectReasons(): void {
    this.rejectReasons$ = undefined;
  }

  /** Vacancies for the list's filter; a failed load just leaves the filter short. */
  vacancies(status: VacancyStatus, pageSize = 100) {
    return this.http
      .get<Page<VacancySummaryResponse>>('/api/vacancies', {
        params: { status, pageSize, sort: 'title' },
        context: withoutErrorToast(),
      })
      .pipe(map((page) => page.items));
  }

  /** A vacancy's probation months, for the probation-end hint when hiring from the board. */
  probationMonths(vacancyId: string) {
    return this.http
      .get<VacancyResponse>(`/api/vacancies/${byId(vacancyId)}`, { context: withoutErrorToast() })
      .pipe(map((vacancy) => vacancy.probationMonths));
  }

  /** Recruiters whose name or email matches, for the assignment picker. */
  recruiters(q: string) {
    const params: Record<string, string> = { role: 'recruiter' };
    if (q.trim()) params['q'] = q.trim();
    return this.http.get<UserDirectoryEntry[]>('/api/users', { params, context: withoutErrorToast() });
  }
}
