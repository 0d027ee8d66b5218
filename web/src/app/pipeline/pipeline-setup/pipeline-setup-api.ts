import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateRejectReasonDto,
  CreateStageTemplateDto,
  RejectReasonResponse,
  StageTemplateResponse,
} from '@referrals/contracts';

/** The step templates and reject reasons every board uses. Failed writes are announced by the interceptor. */
@Injectable({ providedIn: 'root' })
export class PipelineSetupApi {
  private readonly http = inject(HttpClient);

  templates() {
    return this.http.get<StageTemplateResponse[]>('/api/stage-templates');
  }

  createTemplate(body: CreateStageTemplateDto) {
    return this.http.post<StageTemplateResponse>('/api/stage-templates', body);
  }

  /** Inactive reasons too: this is where they are switched back on. */
  rejectReasons() {
    return this.http.get<RejectReasonResponse[]>('/api/reject-reasons', { params: { includeInactive: true } });
  }

  createRejectReason(body: CreateRejectReasonDto) {
    return this.http.post<RejectReasonResponse>('/api/reject-reasons', body);
  }

  setRejectReasonActive(id: string, active: boolean) {
    return this.http.patch<RejectReasonResponse>(`/api/reject-reasons/${encodeURIComponent(id)}`, { active });
  }
}
