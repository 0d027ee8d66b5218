import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CurrentProgrammeResponse,
  ProgrammeAcceptanceResponse,
  ProgrammeVersionResponse,
  ProgrammeVersionSummary,
  PublishProgrammeDto,
} from '@referrals/contracts';
import { withoutErrorToast } from '../core/http/skip-error-toast';

@Injectable({ providedIn: 'root' })
export class ProgrammeApi {
  private readonly http = inject(HttpClient);

  /**
   * The rules in force, with whether the signed-in person accepted them. 404 while none was ever published,
   * which is a state of the page, not an error to announce: the caller reports failures itself.
   */
  current() {
    return this.http.get<CurrentProgrammeResponse>('/api/programme/current', { context: withoutErrorToast() });
  }

  /** 409 when a newer version appeared since the page was loaded. The caller reports failures itself. */
  accept(version: number) {
    return this.http.post<ProgrammeAcceptanceResponse>(`/api/programme/${version}/accept`, null, {
      context: withoutErrorToast(),
    });
  }

  publish(dto: PublishProgrammeDto) {
    return this.http.post<ProgrammeVersionResponse>('/api/programme', dto);
  }

  versions() {
    return this.http.get<ProgrammeVersionSummary[]>('/api/programme/versions');
  }

  version(version: number) {
    return this.http.get<ProgrammeVersionResponse>(`/api/programme/versions/${version}`);
  }
}
